"""tqcheck serve: a local web application for editors. A spot check (source and MT side by
side, findings circled in the MT, the MT edited and checked again), batch uploads of any input
the command line reads with the HTML report in the page and every report format to download,
and a JSON API over the interchange contract. FastAPI on uvicorn, an optional extra
(`pip install 'tqcheck[serve]'`); pages rendered on the server with the HTML report's own
templates and styles, no CDN."""
