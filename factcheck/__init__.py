"""factcheck: check the numbers quoted in a draft against a sourced base of reference figures."""
from .api import check_paths, check_text, default_reference
from .figures import load_reference

__all__ = ["check_paths", "check_text", "default_reference", "load_reference"]
__version__ = "0.1.0"
