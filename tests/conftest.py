import sys
from pathlib import Path

# Test helper modules (hand-written corpora) live beside the tests.
sys.path.insert(0, str(Path(__file__).resolve().parent))
