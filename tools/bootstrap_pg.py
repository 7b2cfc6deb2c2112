"""First-run set-up, part three: a private PostgreSQL server for one test run.

Standard library only (see tools/bootstrap.py).
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tools.bootstrap_system import can_apt, is_root, say


# ------------------------------------------------------------------ PostgreSQL for tests
#
# `python3 main.py test` runs the core tests on PostgreSQL as well. Where it may (root
# with apt on Debian) it installs Debian's `postgresql` package with the Qt libraries;
# wherever the server programs are found, it makes a private, throw-away cluster for
# this run only: initdb into a temporary folder (as the `postgres` user when root),
# loopback only on a free port, durability off (fsync: nothing here must survive a
# crash), a password for the test role as on a real server. The URL goes to pytest in
# CUSTBOOK_TEST_PG_URL; the cluster is stopped and deleted when the run ends. Without
# the programs the PostgreSQL tests are skipped, with the reason in pytest's summary.

PG_URL_ENV = "CUSTBOOK_TEST_PG_URL"
PG_TEST_ROLE = "custbook_test"


def _pg_bin_dir() -> Path | None:
    """The folder of initdb/pg_ctl: Debian's newest /usr/lib/postgresql/N/bin, or PATH."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                      else 0)
    if versions:
        return versions[-1].parent
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    return None


def postgres_wanted(extras: list[str]) -> list[str]:
    """["postgresql"] when the test run should install it (root with apt, not there yet)."""
    if "test" not in extras or os.environ.get(PG_URL_ENV) or _pg_bin_dir() is not None:
        return []
    if os.environ.get("CUSTBOOK_TEST_NO_PG") == "1" or not Path("/etc/debian_version").exists():
        return []
    return ["postgresql"] if can_apt() else []


def _free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _utf8_locale() -> str | None:
    """A UTF-8 locale for the cluster, so pg_trgm makes trigrams of Chinese characters."""
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    except OSError:
        return None
    for name in ("C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"):
        if name in out:
            return name
    return None


def start_test_postgres() -> str | None:
    """Start a private PostgreSQL for this test run; returns its URL (also exported).

    Returns the URL already in CUSTBOOK_TEST_PG_URL if one is given, None (with one
    line saying why) when no server can be had.
    """
    import atexit
    import tempfile
    import time

    if os.environ.get(PG_URL_ENV):
        return os.environ[PG_URL_ENV]
    if os.environ.get("CUSTBOOK_TEST_NO_PG") == "1":
        return None
    bin_dir = _pg_bin_dir()
    if bin_dir is None:
        say("PostgreSQL is not installed: the PostgreSQL runs of the core tests are "
             "skipped (install Debian's `postgresql` package, or set " + PG_URL_ENV + ").")
        return None
    as_user: list[str] = []
    owner = None
    if is_root():  # the server refuses to run as root
        import pwd

        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            say("No `postgres` user to run the test server as: PostgreSQL tests skipped.")
            return None
        as_user = ["runuser", "-u", "postgres", "--"] if shutil.which("runuser") else []
        if not as_user:
            say("`runuser` is missing: PostgreSQL tests skipped.")
            return None
    folder = Path(tempfile.mkdtemp(prefix="custbook-test-pg-"))
    data = folder / "data"
    if owner is not None:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    locale = _utf8_locale()
    # A password like a real shop server's (the app's shared-book paths expect one);
    # local socket connections are trusted, TCP ones need it.
    password_file = folder / "pw"
    password_file.write_text(PG_TEST_ROLE + "\n", encoding="utf-8")
    if owner is not None:
        os.chown(password_file, owner.pw_uid, owner.pw_gid)
    init = [*as_user, str(bin_dir / "initdb"), "-D", str(data), "-U", PG_TEST_ROLE,
            f"--pwfile={password_file}", "--auth-local=trust",
            "--auth-host=scram-sha-256", "--encoding=UTF8", "--no-sync"]
    init += [f"--locale={locale}"] if locale else ["--no-locale"]
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={folder} "
               "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
               "-c max_connections=50 -c shared_buffers=64MB")
    start = [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"),
             "-o", options, "-w", "-t", "60", "start"]
    began = time.monotonic()
    for command in (init, start):
        result = subprocess.run(command, capture_output=True, text=True,
                                stdin=subprocess.DEVNULL)
        if result.returncode != 0:
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-5:])
            say(f"Could not start a PostgreSQL test server ({command[len(as_user)]}): "
                 f"{tail}\nPostgreSQL tests skipped.")
            shutil.rmtree(folder, ignore_errors=True)
            return None

    def stop() -> None:
        subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "stop"], capture_output=True, stdin=subprocess.DEVNULL)
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(stop)
    import signal

    def terminated(signum, _frame) -> None:  # a cancelled CI job, `timeout`: stop it too
        stop()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, terminated)
    created = subprocess.run([str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port),
                              "-U", PG_TEST_ROLE, PG_TEST_ROLE], capture_output=True, text=True,
                             stdin=subprocess.DEVNULL,
                             env=dict(os.environ, PGPASSWORD=PG_TEST_ROLE))
    if created.returncode != 0:
        say(f"Could not create the test database: {created.stderr.strip()}\n"
             "PostgreSQL tests skipped.")
        return None
    url = f"postgresql://{PG_TEST_ROLE}:{PG_TEST_ROLE}@127.0.0.1:{port}/{PG_TEST_ROLE}"
    os.environ[PG_URL_ENV] = url
    say(f"PostgreSQL test server on 127.0.0.1:{port} ({time.monotonic() - began:.1f} s)")
    return url
