"""The FastAPI application: data loading, routers, error bodies, and the OpenAPI document."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from council_desk.api.models import API_VERSION, Problem
from council_desk.sandbox import api_routes, approvals, callers, casework_routes, faults, intake, oauth, open311
from council_desk.sandbox.loading import load_data
from council_desk.sandbox.state import Sandbox, Settings
from council_desk.sandbox.store import Store


def _problem(status: int, error: str, detail: str = "", headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(Problem(error=error, detail=detail).model_dump(), status_code=status, headers=headers)


def create_app(settings: Settings) -> FastAPI:
    """A ready application over `settings.data_dir` (data generated on first use)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(settings.data_dir / "sandbox.sqlite3")
    load_data(store, settings)
    sandbox = Sandbox(settings, store)

    app = FastAPI(
        title="311 access system (Council Desk training sandbox)",
        version=API_VERSION,
        description="Consented 311 complaints for council district offices (Int. 948, Admin. Code § 23-315). "
        "Training data: real NYC 311 rows with synthetic contacts and simulated consent.",
    )
    app.state.sandbox = sandbox

    @app.exception_handler(callers.ApiError)
    async def api_error(_: Request, exc: callers.ApiError) -> JSONResponse:
        return callers.problem_response(exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        # Say which fields were wrong, never echo their values (they may be personal data).
        where = sorted({".".join(str(p) for p in e.get("loc", ())) for e in exc.errors()})
        return _problem(422, "invalid_request", "Invalid: " + ", ".join(where)[:1900])

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _problem(exc.status_code, "http_error", str(exc.detail)[:200], getattr(exc, "headers", None))

    app.include_router(oauth.router)
    app.include_router(api_routes.router)
    app.include_router(approvals.router)
    app.include_router(casework_routes.router)
    app.include_router(intake.router)
    app.include_router(open311.router)
    if settings.test_mode:
        app.include_router(faults.router)
        app.include_router(intake.test_router)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        # Our 422 bodies are `Problem`s, not FastAPI's default validation error shape.
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        for item in doc.get("paths", {}).values():
            for op in item.values():
                resp = op.get("responses", {}).get("422")
                if resp is not None:
                    resp["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
        app.openapi_schema = doc
        return doc

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(faults.LimitsAndFaults, sandbox=sandbox)
    return app
