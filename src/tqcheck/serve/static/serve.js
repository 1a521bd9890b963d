// tqcheck serve's pages: Ctrl+Enter checks again, a finding's mark shows its entry, an upload
// shows its progress and then its job's. Everything shown from the server goes in as text.
(function () {
  "use strict";

  var spot = document.getElementById("spot");
  if (spot) {
    spot.addEventListener("keydown", function (event) {
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
        event.preventDefault();
        spot.requestSubmit();
      }
    });
  }

  document.querySelectorAll("mark.finding").forEach(function (mark) {
    mark.addEventListener("click", function () {
      document.querySelectorAll("li.active").forEach(function (li) { li.classList.remove("active"); });
      mark.dataset.findings.split(" ").forEach(function (id) {
        var li = document.getElementById(id);
        if (li) { li.classList.add("active"); li.scrollIntoView({block: "nearest"}); }
      });
    });
  });

  function say(id, text) {
    var node = document.getElementById(id);
    node.textContent = text;
    node.hidden = !text;
  }

  var upload = document.getElementById("upload");
  if (upload) {
    upload.addEventListener("submit", function (event) {
      event.preventDefault();
      var bar = document.getElementById("upload-progress");
      var request = new XMLHttpRequest();
      say("upload-error", "");
      bar.hidden = false;
      request.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
        say("upload-state", "uploading " + bar.value + "%");
      });
      request.addEventListener("load", function () {
        var body;
        try { body = JSON.parse(request.responseText); } catch (_) { body = {}; }
        if (request.status >= 400 || !body.page) {
          bar.hidden = true;
          say("upload-state", "");
          say("upload-error", body.error || ("the server answered " + request.status));
          return;
        }
        say("upload-state", "checking");
        window.location.assign(body.page);
      });
      request.addEventListener("error", function () {
        bar.hidden = true;
        say("upload-error", "the upload failed: the connection was closed");
      });
      request.open("POST", upload.action);
      request.setRequestHeader("Accept", "application/json");
      request.send(new FormData(upload));
    });
  }

  var job = document.getElementById("job");
  if (job && job.dataset.state === "running") {
    var poll = function () {
      fetch(job.dataset.status, {headers: {"Accept": "application/json"}})
        .then(function (r) { return r.json(); })
        .then(function (s) {
          if (s.state !== "running") { window.location.reload(); return; }
          var bar = document.getElementById("job-progress");
          bar.max = s.total || 1;
          bar.value = s.done;
          say("job-stage", s.stage + (s.total ? " " + s.done + "/" + s.total : ""));
          window.setTimeout(poll, 500);
        })
        .catch(function () { window.setTimeout(poll, 2000); });
    };
    window.setTimeout(poll, 300);
  }
})();
