"""`council-desk-sandbox`: run the training 311 access system, list its accounts, show a sign-in code.

council-desk-sandbox serve --host 127.0.0.1 --port 0 [--complaints N] [--seed S] [--test-mode] ...
council-desk-sandbox accounts --json [--seed S] [--data-dir D]
council-desk-sandbox totp cw07 [--seed S]
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import socket
import sqlite3
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

DEFAULT_SEED = 7


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _seed_from(data_dir: Path | None) -> int | None:
    db = data_dir / "sandbox.sqlite3" if data_dir else None
    if db is None or not db.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        row = con.execute("SELECT v FROM meta WHERE k='settings_key'").fetchone()
        con.close()
    except sqlite3.Error:
        return None
    return int(json.loads(row[0])["seed"]) if row else None


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from council_desk.sandbox.app import create_app
    from council_desk.sandbox.state import Settings

    if args.allow_totp_reuse and not args.test_mode:
        print("--allow-totp-reuse needs --test-mode: it is for automated tests only.", file=sys.stderr)
        return 2
    if args.test_mode and not _loopback(args.host):
        print("--test-mode is only allowed on a loopback address (127.0.0.1 or ::1).", file=sys.stderr)
        return 2
    if not _loopback(args.host):
        print(
            "Refusing to listen on a non-loopback address: the sandbox is for this computer only.", file=sys.stderr
        )
        return 2
    tmp = None
    if args.data_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="council-desk-sandbox-")
        data_dir = Path(tmp.name)
    else:
        data_dir = Path(args.data_dir)
    settings = Settings(
        host=args.host,
        port=args.port,
        seed=args.seed,
        complaints=args.complaints,
        consent_share=args.consent_share,
        only_district=args.only_district,
        test_mode=args.test_mode,
        data_dir=data_dir,
        access_token_minutes=args.access_token_minutes,
        retention_days=args.retention_days,
        date_shift_days=args.date_shift_days,
        allow_totp_reuse=args.allow_totp_reuse,
        lifecycle_delay_seconds=args.lifecycle_delay_seconds,
    )
    app = create_app(settings)
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted sockets only if the proto says TCP; without
    # it every small answer on a kept-alive connection waits ~40 ms (Nagle against the client's delayed ACK).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host.strip("[]"), args.port))
    port = sock.getsockname()[1]
    shown_host = f"[{args.host.strip('[]')}]" if family == socket.AF_INET6 else args.host

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if not self.should_exit:
                # The one line callers wait for; printed only once the socket accepts requests.
                print(f"Sandbox ready: http://{shown_host}:{port}", flush=True)

    config = uvicorn.Config(
        app, log_level="warning", access_log=False, timeout_keep_alive=30, limit_concurrency=500
    )
    try:
        asyncio.run(Server(config).serve(sockets=[sock]))
    finally:
        app.state.sandbox.store.close()
        if tmp is not None:
            tmp.cleanup()
    return 0


def _accounts(args: argparse.Namespace) -> int:
    from council_desk.sandbox.accounts import accounts

    seed = args.seed if args.seed is not None else _seed_from(args.data_dir) or DEFAULT_SEED
    rows = [a.public() for a in accounts(seed).values()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for a in rows:
            print(
                f"{a['username']:6} {a['role']:10} district {a['district']:2}  password {a['password']}  "
                f"TOTP secret {a['totp_secret']}"
            )
    return 0


def _totp(args: argparse.Namespace) -> int:
    import pyotp

    from council_desk.sandbox.accounts import accounts

    seed = args.seed if args.seed is not None else _seed_from(args.data_dir) or DEFAULT_SEED
    account = accounts(seed).get(args.username)
    if account is None:
        print("No such training account.", file=sys.stderr)
        return 2
    print(pyotp.TOTP(account.totp_secret).now())
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="council-desk-sandbox", description="Training 311 access system.")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve", help="run the sandbox")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8311, help="0 picks a free port")
    s.add_argument("--complaints", type=int, default=None, help="resample the real rows to N complaints")
    s.add_argument("--seed", type=int, default=DEFAULT_SEED)
    s.add_argument("--consent-share", type=float, default=0.2)
    s.add_argument("--only-district", type=int, default=None, choices=range(1, 52), metavar="D")
    s.add_argument("--test-mode", action="store_true", help="fault switches and /test/*; loopback only")
    s.add_argument("--data-dir", type=Path, default=None, help="keep data here (default: a temporary folder)")
    s.add_argument("--access-token-minutes", type=float, default=10.0)
    s.add_argument("--retention-days", type=int, default=365)
    s.add_argument(
        "--lifecycle-delay-seconds",
        type=float,
        default=120.0,
        help="server seconds between a reopen request's steps: the agency's answer, the second "
        "closure, the resurvey (default 120)",
    )
    s.add_argument(
        "--date-shift-days",
        type=int,
        default=None,
        help="move all dates forward by this many days (default: so the newest is within a week)",
    )
    s.add_argument(
        "--allow-totp-reuse",
        action="store_true",
        help="(with --test-mode, for automated tests) accept a sign-in code again within its 30 seconds",
    )
    s.set_defaults(func=_serve)
    a = sub.add_parser("accounts", help="print the training accounts")
    a.add_argument("--json", action="store_true")
    a.add_argument("--seed", type=int, default=None)
    a.add_argument("--data-dir", type=Path, default=None)
    a.set_defaults(func=_accounts)
    t = sub.add_parser("totp", help="print the current sign-in code of a training account")
    t.add_argument("username")
    t.add_argument("--seed", type=int, default=None)
    t.add_argument("--data-dir", type=Path, default=None)
    t.set_defaults(func=_totp)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "consent_share", 0.0) is not None and not 0.0 <= getattr(args, "consent_share", 0.0) <= 1.0:
        print("--consent-share must be between 0 and 1.", file=sys.stderr)
        return 2
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
