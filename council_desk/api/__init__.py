"""The wire contract (v1): strict pydantic models shared by the client and the sandbox.

This package is the single source of truth for what crosses the wire. The client validates every response
against it; the sandbox builds every answer from it, so its OpenAPI document describes these same models.
"""

from council_desk.api.models import *  # noqa: F403
from council_desk.api.models import __all__  # noqa: F401
