"""The feed's changes validated exactly as the models in models.py say, into plain dicts instead of model objects.

Why: a first sync validates 100k upserts of four nested models each. Making the model objects, not checking their
fields, is ~40% of pydantic's time (measured on the 100k benchmark: 2.0 s with models, 1.2 s into dicts), and the
cache wants a row of values, not objects. The dict schemas are *derived* from the models at import, field by
field (the same annotations and constraints, the same `extra` policy, the same discriminator), so the contract
is written once, in models.py; `tests/unit/test_plain_validation.py` checks that both accept and refuse the same
inputs.

A field with a default may be absent from the dict (TypedDict has no defaults); `DEFAULTS` holds them.
"""

from __future__ import annotations

import typing
from typing import Annotated, Any, NotRequired

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter
from typing_extensions import TypedDict

from council_desk.api.models import Complaint, Consent, Contact, RemovalChange, UpsertChange

__all__ = ["CHANGE", "CHANGES", "DEFAULTS"]


def _plain_type(annotation: Any) -> Any:
    """`annotation` with every model in it replaced by its TypedDict twin."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _typed_dict_of(annotation)
    if typing.get_origin(annotation) is typing.Union:  # Optional[Model] and the like
        return typing.Union[tuple(_plain_type(a) for a in typing.get_args(annotation))]  # noqa: UP007 -- built at run time from a tuple
    return annotation


_twins: dict[type[BaseModel], Any] = {}
# Made at run time from the models, which a type checker cannot follow: typed as Any on purpose.
_make_typed_dict: Any = TypedDict
_list_of: Any = list


def _typed_dict_of(model: type[BaseModel]) -> Any:
    if model in _twins:
        return _twins[model]
    # What a TypedDict cannot carry over must not exist on the model: fail at import, not by accepting more.
    decorators = model.__pydantic_decorators__
    if any(
        (
            decorators.validators,
            decorators.field_validators,
            decorators.model_validators,
            decorators.root_validators,
        )
    ):
        raise TypeError(f"{model.__name__} has validators; its plain twin would not run them")
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if info.alias is not None or info.validation_alias is not None:
            raise TypeError(f"{model.__name__}.{name} has an alias; its plain twin would not honour it")
        annotation = _plain_type(info.annotation)
        if info.metadata:
            annotation = Annotated[(annotation, *info.metadata)]
        fields[name] = annotation if info.is_required() else NotRequired[annotation]
    twin: Any = _make_typed_dict(f"{model.__name__}Plain", fields)
    extra = model.model_config.get("extra")
    twin.__pydantic_config__ = ConfigDict(extra=extra)
    _twins[model] = twin
    return twin


_change: Any = Annotated[_typed_dict_of(UpsertChange) | _typed_dict_of(RemovalChange), Field(discriminator="op")]
# Validators for one change and for a list of them (dicts out; absent defaults stay absent).
CHANGE: TypeAdapter[Any] = TypeAdapter(_change)
CHANGES: TypeAdapter[list[Any]] = TypeAdapter(_list_of[_change])
# The defaults of the fields an upsert may leave out, per part.
DEFAULTS: dict[str, dict[str, Any]] = {
    part: {name: info.default for name, info in model.model_fields.items() if not info.is_required()}
    for part, model in (("complaint", Complaint), ("contact", Contact), ("consent", Consent))
}
