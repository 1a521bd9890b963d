"""`python -m tqcheck`: the command line, as the `tqcheck` command."""

from tqcheck.cli import main

main()
