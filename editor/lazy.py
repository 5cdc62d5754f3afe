"""Names a package re-exports but loads on first use (PEP 562), so importing the package
for one name does not import every module behind the others (start-up, short commands)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, MutableMapping
from typing import Any


def exports(package: str, where: dict[str, str],
            namespace: MutableMapping[str, Any]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``where`` maps each name to the submodule
    that defines it; a loaded name is kept in ``namespace`` (the package's globals)."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    return __getattr__
