"""Loading a script of ``scripts/`` as a module in tests (the scripts are not a package)."""
from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@contextmanager
def loaded_script(file_name: str, module_name: str) -> Iterator[ModuleType]:
    """``scripts/<file_name>`` executed as the module ``module_name`` (registered in
    ``sys.modules`` while in use, since dataclasses look their module up there, and
    removed after)."""
    spec = importlib.util.spec_from_file_location(module_name, SCRIPTS / file_name)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(module_name, None)
