"""The floors of docs/ARCHITECTURE.md hold: every module of src/tqcheck sits on a listed floor,
imports nothing from a higher one, and no import cycle exists. The imports are read with the
ast module, lazy imports inside functions included."""

from __future__ import annotations

import ast
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "tqcheck"
ARCHITECTURE = ROOT / "docs" / "ARCHITECTURE.md"


def read_floors(markdown: str) -> dict[str, int]:
    """Module or package name -> floor, from the table between the floors markers."""
    table = markdown.split("<!-- floors:begin -->")[1].split("<!-- floors:end -->")[0]
    floors: dict[str, int] = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and cells[0].isdigit():
            for name in regex.findall(r"`([\w.]+)`", cells[1]):
                floors[name] = int(cells[0])
    return floors


def module_imports(package: Path) -> dict[str, set[str]]:
    """Each module of the package (dotted name) with the package's modules it imports."""
    top = package.name
    files = {
        ".".join(p.relative_to(package.parent).with_suffix("").parts).removesuffix(".__init__"): p
        for p in package.rglob("*.py")
    }
    imports: dict[str, set[str]] = {}
    for module, path in files.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # "from tqcheck.lang import chinese_names" imports the submodule.
                names = [
                    f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in files else node.module
                    for a in node.names
                ]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            found |= {n for n in names if n == top or n.startswith(top + ".")}
        imports[module] = found - {module}
    return imports


def floor_of(module: str, floors: dict[str, int], top: str) -> int | None:
    """The floor of the longest listed name that is the module or a package holding it (the
    package root's entry is the root module alone)."""
    best: tuple[int, int] | None = None
    for name, floor in floors.items():
        holds = module == name or (name != top and module.startswith(name + "."))
        if holds and (best is None or len(name) > best[0]):
            best = (len(name), floor)
    return best[1] if best else None


def violations(package: Path, floors: dict[str, int]) -> list[str]:
    imports = module_imports(package)
    found = []
    for module in sorted(imports):
        floor = floor_of(module, floors, package.name)
        if floor is None:
            found.append(f"{module} is on no floor")
            continue
        for dep in sorted(imports[module]):
            dep_floor = floor_of(dep, floors, package.name)
            if dep_floor is not None and dep_floor > floor:
                found.append(f"{module} (floor {floor}) imports {dep} (floor {dep_floor})")
    found += [f"import cycle: {' -> '.join(c)}" for c in cycles(imports)]
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each strongly connected group of modules (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_every_module_is_on_a_floor_and_imports_only_downwards_without_cycles() -> None:
    floors = read_floors(ARCHITECTURE.read_text(encoding="utf-8"))
    assert floors, "docs/ARCHITECTURE.md lists no floors"
    assert violations(PACKAGE, floors) == []


def test_the_layering_test_catches_an_upward_import_a_cycle_and_an_unlisted_module(
    tmp_path: Path,
) -> None:
    pkg = tmp_path / "shop"
    (pkg / "low").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "low" / "__init__.py").write_text("")
    # A low module that lazily imports a high one, and two high modules importing each other.
    (pkg / "low" / "base.py").write_text("def f():\n    from shop.high import g\n")
    (pkg / "high.py").write_text("from shop import other\n")
    (pkg / "other.py").write_text("import shop.high\n")
    (pkg / "stray.py").write_text("")
    floors = {"shop.low": 1, "shop.high": 2, "shop.other": 2, "shop": 3}
    found = violations(pkg, floors)
    assert "shop.low.base (floor 1) imports shop.high (floor 2)" in found
    assert "import cycle: shop.high -> shop.other" in found
    assert "shop.stray is on no floor" in found
