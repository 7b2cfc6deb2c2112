#!/usr/bin/env python3
"""Build the self-contained release: Python, Qt, fonts, translations, the help, a launcher.

    python3 tools/release.py                   # Linux: dist/custbook-VERSION-linux-x86_64.tar.gz
    py tools\\release.py                        # Windows: dist\\Custbook-VERSION-setup.exe
    python3 tools/release.py --wheelhouse DIR  # offline (tools/wheelhouse.py --release)

Steps, the same on both systems:
1. a build venv (build/release/venv) with exactly requirements/app.txt + requirements/build.txt
   (PyInstaller), hashes checked;
2. the custbook wheel built (`pip wheel`) from the last commit (`git archive HEAD`; with
   --working-tree from the files as they are) and installed into the venv, so the fonts,
   icons and translations are found as installed package data;
3. PyInstaller with tools/custbook.spec: one folder, build/release/custbook/;
4. a smoke test of the frozen program (`--version`, `demo`, `info`);
5. Linux: the tarball with install.sh (per user, no root), a .desktop entry and the icon;
   Windows: Inno Setup's ISCC.exe on tools/windows/custbook.iss when it is installed
   (dist/Custbook-VERSION-setup.exe), otherwise the command to run.

The book is never inside the release: it stays in the user's data folder
(~/.local/share/Custbook, %LOCALAPPDATA%\\Custbook), so a newer release keeps it.
Standard library only; run with any Python 3.11+.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"
BUILD = ROOT / "build" / "release"
DIST = ROOT / "dist"
WINDOWS = os.name == "nt"
LOCKS = [ROOT / "requirements" / "app.txt", ROOT / "requirements" / "build.txt"]
HELP = ["README.md", "docs/install.md", "docs/data-safety.md", "docs/printing.md",
        "docs/reports.md", "docs/import-export.md", "docs/letters.md", "docs/shared-book.md",
        "docs/search.md"]


def say(text: str) -> None:
    print(f"[release] {text}", flush=True)


def version() -> str:
    text = (ROOT / "custbook" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def run(command: list, **kwargs) -> None:
    subprocess.run([str(part) for part in command], check=True, **kwargs)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if WINDOWS else "bin/python")


def build_venv(wheelhouse: Path | None) -> Path:
    """The build venv with the locked packages; rebuilt when a lock file changes."""
    venv = BUILD / "venv"
    digest = hashlib.sha256(b"".join(lock.read_bytes() for lock in LOCKS)).hexdigest()
    stamp = venv / "custbook-locks.sha256"
    if stamp.exists() and stamp.read_text() == digest:
        return venv_python(venv)
    say(f"build venv in {venv} (locked packages{' from ' + str(wheelhouse) if wheelhouse else ''})")
    shutil.rmtree(venv, ignore_errors=True)
    run([sys.executable, "-m", "venv", venv])
    source = ["--no-index", "--find-links", wheelhouse] if wheelhouse else []
    run([venv_python(venv), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         *source, "--require-hashes", *[arg for lock in LOCKS for arg in ("-r", lock)]])
    stamp.write_text(digest)
    return venv_python(venv)


def sources(working_tree: bool) -> Path:
    """The files the release is made of: the last commit's, or the working tree's."""
    src = BUILD / "src"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    parts = ["custbook", "ui", "pyproject.toml", *HELP]
    if not working_tree and (ROOT / ".git").exists():
        archive = subprocess.run(["git", "archive", "--format=tar", "HEAD", *parts], cwd=ROOT,
                                 check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(src, filter="data")
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout.strip()
        say(f"sources: commit {commit}")
        return src
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in parts:
        target = src / part
        target.parent.mkdir(parents=True, exist_ok=True)
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, target, ignore=ignore)
        else:
            shutil.copy(ROOT / part, target)
    say("sources: the working tree")
    return src


def install_wheel(python: Path, src: Path) -> Path:
    """Build the custbook wheel from `src` and install it into the venv."""
    wheels = BUILD / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    run([python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-w", wheels, src])
    wheel = next(wheels.glob("custbook-*.whl"))
    run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall",
         "--disable-pip-version-check", wheel])
    say(f"installed {wheel.name} into the build venv")
    return wheel


def make_icons(python: Path) -> Path:
    """custbook.png (256 px) and custbook.ico from the shipped SVG, drawn by Qt."""
    out = BUILD / "icons"
    out.mkdir(parents=True, exist_ok=True)
    script = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QIcon\n"
        "from custbook import resources\n"
        "app = QGuiApplication([])\n"
        "icon = QIcon(str(resources.path('icons/custbook.svg')))\n"
        "ok = icon.pixmap(256, 256).save(sys.argv[1]) and icon.pixmap(64, 64).save(sys.argv[2])\n"
        "sys.exit(0 if ok else 1)\n")
    run([python, "-c", script, out / "custbook.png", out / "custbook.ico"],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), cwd=BUILD)
    return out


def freeze(python: Path, icons: Path) -> Path:
    say("PyInstaller (a few minutes) …")
    dist = BUILD / "frozen"
    run([python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", dist, "--workpath", BUILD / "work", TOOLS / "custbook.spec"],
        env=dict(os.environ, CUSTBOOK_ICON=str(icons / "custbook.ico")), cwd=BUILD)
    return dist / "custbook"


def smoke_test(folder: Path) -> None:
    """The frozen program answers, builds a small book and reads it, in a scratch home."""
    program = folder / ("custbook-cli.exe" if WINDOWS else "custbook")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp, XDG_DATA_HOME=f"{tmp}/data", LOCALAPPDATA=tmp,
                   XDG_CONFIG_HOME=f"{tmp}/config", APPDATA=tmp, QT_QPA_PLATFORM="offscreen")
        env.pop("PYTHONPATH", None)
        for args in (["--version"],
                     ["demo", "--customers", "50", "--out", f"{tmp}/shop.db"],
                     ["--db", f"{tmp}/shop.db", "info"]):
            result = subprocess.run([str(program), *args], env=env, cwd=tmp,
                                    capture_output=True, text=True, timeout=300)
            if result.returncode != 0:
                sys.exit(f"the frozen program failed: custbook {' '.join(args)}\n"
                         f"{result.stdout}{result.stderr}")
    say("smoke test passed: --version, demo, info")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def linux_tarball(frozen: Path, icons: Path, ver: str) -> Path:
    name = f"custbook-{ver}-linux-x86_64"
    stage = BUILD / name
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(frozen, stage / "app", symlinks=True)
    shutil.copy(TOOLS / "linux" / "install.sh", stage / "install.sh")
    shutil.copy(TOOLS / "linux" / "custbook.desktop", stage / "custbook.desktop")
    shutil.copy(ROOT / "custbook" / "resources" / "icons" / "custbook.svg", stage / "custbook.svg")
    shutil.copy(icons / "custbook.png", stage / "custbook.png")
    (stage / "VERSION").write_text(ver + "\n")
    (stage / "INSTALL.txt").write_text(
        f"客户簿 {ver}（Linux x86-64）：无需联网、无需 root、无需 Python。\n"
        "    ./install.sh 为当前用户安装（菜单项和 custbook 命令）；./install.sh --uninstall "
        "删除程序（客户簿保留）。\n"
        "    客户簿保存在 ~/.local/share/Custbook/，安装新版本时保留（升级前自动备份）。\n\n"
        f"Custbook {ver} for Linux (x86-64). No internet, no root, no Python needed.\n\n"
        "    ./install.sh              install for this user (menu entry, `custbook` command)\n"
        "    ./install.sh --uninstall  remove the program (the book is kept)\n"
        "    ./app/custbook            or run it from here without installing\n\n"
        "Your book stays in ~/.local/share/Custbook/ and is kept when you install a newer\n"
        "release (it is backed up before an upgrade). Help: app/help/README.md, "
        "app/help/docs/install.md.\n", encoding="utf-8")
    os.chmod(stage / "install.sh", 0o755)
    DIST.mkdir(exist_ok=True)
    tarball = DIST / f"{name}.tar.gz"
    with tarfile.open(tarball, "w:gz") as tar:
        tar.add(stage, arcname=name)
    return tarball


def windows_installer(ver: str, icons: Path) -> Path | None:
    iscc = shutil.which("iscc") or next(
        (str(p) for p in (Path(os.environ.get(v, "C:/")) / "Inno Setup 6" / "ISCC.exe"
                          for v in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"))
         if p.exists()), None)
    command = [iscc or "ISCC.exe", f"/DAppVersion={ver}", f"/DSourceDir={BUILD / 'custbook'}",
               f"/DIconFile={icons / 'custbook.ico'}", f"/DOutputDir={DIST}",
               TOOLS / "windows" / "custbook.iss"]
    if not iscc:
        say("Inno Setup is not installed; install it (jrsoftware.org) and run:\n    "
            + " ".join(f'"{c}"' if " " in str(c) else str(c) for c in command))
        return None
    run(command)
    return DIST / f"Custbook-{ver}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the self-contained Custbook release.")
    parser.add_argument("--wheelhouse", type=Path,
                        help="install the build venv from this folder, offline")
    parser.add_argument("--working-tree", action="store_true",
                        help="build from the files as they are, not from the last commit")
    args = parser.parse_args(argv)
    began = time.monotonic()
    ver = version()
    BUILD.mkdir(parents=True, exist_ok=True)
    python = build_venv(args.wheelhouse.resolve() if args.wheelhouse else None)
    src = sources(args.working_tree)
    install_wheel(python, src)
    icons = make_icons(python)
    frozen = freeze(python, icons)
    final = BUILD / "custbook"
    shutil.rmtree(final, ignore_errors=True)
    shutil.move(str(frozen), str(final))
    for page in HELP:  # the help guide, beside the program
        target = final / "help" / page
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src / page, target)
    smoke_test(final)
    say(f"folder {final}: {folder_size(final) / 1e6:.0f} MB")
    if WINDOWS:
        built = windows_installer(ver, icons)
    else:
        built = linux_tarball(final, icons, ver)
    if built:
        say(f"{built} ({built.stat().st_size / 1e6:.0f} MB)")
    say(f"done in {time.monotonic() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
