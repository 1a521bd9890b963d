"""Whether the Ray cluster a user names can be reached at all, asked before Ray is: Ray's own
client retries an address where nothing listens for minutes, printing warnings, where a user
wants one line and an exit status at once."""

from __future__ import annotations

import socket

# Ray's head listens here (its GCS) unless `ray start --port` says otherwise.
DEFAULT_PORT = 6379
# How long a connection to the head may take before it counts as unreachable.
PROBE_TIMEOUT_S = 5.0


def head_of(address: str) -> tuple[str, int] | None:
    """The host and port `address` names ("head:6379", "ray://head:10001", "[::1]:6379"), or
    None where Ray finds the cluster itself ("auto", "local")."""
    text = address.strip()
    if text.lower() in ("", "auto", "local"):
        return None
    text = text.split("://", 1)[1] if "://" in text else text
    text = text.split("/", 1)[0]
    host, port = text, str(DEFAULT_PORT)
    if text.startswith("["):  # an IPv6 address, its port after the bracket
        host, _, rest = text[1:].partition("]")
        port = rest.removeprefix(":") or port
    elif text.count(":") == 1:
        host, port = text.split(":")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"'{port}' is no port number")
    return host, int(port)


def why_unreachable(address: str) -> str | None:
    """Why nothing answers at the head `address` names, or None where it answers (or Ray is
    to find the cluster itself)."""
    try:
        head = head_of(address)
    except ValueError as exc:
        return str(exc)
    if head is None:
        return None
    host, port = head
    try:
        with socket.create_connection((host, port), timeout=PROBE_TIMEOUT_S):
            return None
    except socket.gaierror:
        return f"no such host '{host}'"
    except TimeoutError:
        return f"no answer from {host}:{port} within {PROBE_TIMEOUT_S:.0f} s"
    except OSError as exc:
        return f"nothing answers at {host}:{port} ({exc.strerror or exc})"
