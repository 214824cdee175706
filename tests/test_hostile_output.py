"""Hostile text in the report: one finding is one line in every format, no
forged workflow command, no terminal escape, no crash on a lone surrogate, and
a report that cannot be written is one line and exit 2."""
import json
import os
import signal
import subprocess
import sys

import pytest

from newslint.formatting.escape import display_path, json_text, printable

from conftest import write

FORGED_ID = "x\n::error::INJECTED"
FORMATS = ("default", "json", "jsonl", "github", "gitlab", "sarif")


@pytest.fixture
def hostile(workdir):
    records = [
        {"id": FORGED_ID, "text": "It was was late."},
        {"id": "esc\x1b[2J", "text": "The the screen \x1b[2J went \x1b]0;title\x07 dark."},
        {"id": "sep\u2028arator\x85", "text": "And and \u2028 more."},
        {"id": "lone\ud800", "text": "It was was \ud800 late \udfff."},
    ]
    write(workdir / "c.jsonl", "".join(json.dumps(record) + "\n" for record in records))
    return workdir / "c.jsonl"


def test_a_forged_record_id_stays_on_its_line(newslint, hostile):
    result = newslint("c.jsonl", "--select", "TX101")
    lines = result.out.split("\n")[:-1]
    # The record whose id holds a lone surrogate is NL104 (no valid text): exit 2.
    assert len(lines) == 4 and result.code == 2 and " NL104 record 4's 'text' holds a lone surrogate" in lines[3]
    assert lines[0] == '"c.jsonl#x\\n::error::INJECTED":1:4: TX101 [*] doubled word "was was"'
    assert not any(line.startswith("::") for line in lines)
    assert "\x1b" not in result.out and "\u2028" not in result.out and "\x85" not in result.out


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_survives_hostile_ids_and_text(newslint, hostile, fmt):
    result = newslint("c.jsonl", "--select", "TX101", "--format", fmt, "--show-source")
    assert result.code == 2 and "Traceback" not in result.err  # 2: record 4's lone surrogate is NL104
    assert "\x1b" not in result.out and "\u2028" not in result.out and "\x85" not in result.out
    assert "\ud800" not in result.out
    if fmt in ("default", "jsonl", "github"):
        findings = [line for line in result.out.splitlines() if line.startswith(('"c.jsonl', "c.jsonl:", "::", "{"))]
        # --show-source adds two lines under each of the three TX101 findings (NL104 has no source line).
        assert len(findings) == 4 == len(result.out.splitlines()) - (3 if fmt == "default" else 0) * 2
    if fmt == "github":
        assert all(line.startswith(("::warning file=", "::error file=")) for line in result.out.splitlines())
    if fmt == "jsonl":
        paths = [json.loads(line)["path"] for line in result.out.splitlines()]
        assert paths[0] == "c.jsonl#" + FORGED_ID and paths[3] == "c.jsonl"
    if fmt in ("json", "sarif"):
        json.loads(result.out)


def test_show_source_escapes_and_the_caret_still_points(newslint, workdir):
    write(workdir / "a.txt", "A\x1b[31m red the the word.\n")
    result = newslint("a.txt", "--select", "TX101", "--show-source")
    assert result.out == (
        'a.txt:1:12: TX101 [*] doubled word "the the"\n'
        "A\\x1b[31m red the the word.\n"
        "              ^\n"
    )


def test_a_file_name_with_control_characters_is_escaped(newslint, workdir):
    write(workdir / "evil\x1b[2J\n::error::x.txt", "It was was late.\n")
    result = newslint(".", "--select", "TX101")
    assert result.out == '"./evil\\x1b[2J\\n::error::x.txt":1:4: TX101 [*] doubled word "was was"\n'


@pytest.mark.parametrize(
    "path, shown",
    [
        ("a.txt", "a.txt"),
        ("dir/é.txt", "dir/é.txt"),
        ("my notes.txt", '"my notes.txt"'),
        ("a.txt:9:9: TX101 [*] forged", '"a.txt:9:9: TX101 [*] forged"'),
        ('say "hi".txt', '"say \\"hi\\".txt"'),
        ("C:\\news\\a.txt", "C:\\news\\a.txt"),
        ("C:\\my news\\a.txt", '"C:\\\\my news\\\\a.txt"'),
        ("bidi\u202eevil", '"bidi\\u202eevil"'),
    ],
)
def test_ambiguous_paths_are_quoted(path, shown):
    assert display_path(path) == shown


def test_printable_leaves_ordinary_text_alone():
    text = "Zürich, 北京 and “quotes” — a\u200db · ok"
    assert printable(text) == text
    assert printable("a\tb\r\x00\x7f\x9b") == "a\\tb\\r\\x00\\x7f\\x9b"


def test_json_text_is_valid_json_and_one_line():
    value = {"a": "x\n\x85\u2028\ud800é\x1b"}
    text = json_text(value)
    assert len(text.splitlines()) == 1
    assert json.loads(text) == value
    text.encode("utf-8")  # no lone surrogate left to fail the encoding


def test_a_lone_surrogate_reaches_every_output(newslint, hostile, workdir):
    # A record holding one is NL104 now; a file name that is not UTF-8 still
    # reads as a str with a lone surrogate, and every output must take it.
    name = os.fsdecode(b"lone\xff.txt")
    (workdir / name).write_text("It was was late.\n", encoding="utf-8")
    for fmt in FORMATS:
        result = newslint("c.jsonl", name, "--format", fmt, "--output-file", f"out.{fmt}", "--summary", f"summary.{fmt}")
        assert result.code == 2 and "Traceback" not in result.err, fmt  # 2: record 4 is NL104
        (workdir / f"out.{fmt}").read_text(encoding="utf-8")
        rows = [json.loads(line) for line in (workdir / f"summary.{fmt}").read_text(encoding="utf-8").splitlines()]
        assert rows[3]["path"] == "c.jsonl" and rows[4]["path"] == "lone\udcff.txt"
    result = newslint(name, "--write-baseline", "baseline.json")
    assert result.code == 0 and "lone" in (workdir / "baseline.json").read_text(encoding="utf-8")


def test_an_output_file_that_cannot_be_written_is_one_line(newslint, hostile):
    result = newslint("c.jsonl", "--output-file", "/dev/full")
    assert result.code == 2 and result.err == "newslint: error: /dev/full: No space left on device\n"
    result = newslint("c.jsonl", "--output-file", "no/such/dir/out.txt")
    assert result.code == 2 and result.err == "newslint: error: no/such/dir/out.txt: No such file or directory\n"
    assert os.path.exists("/dev/full") and not os.path.isfile("/dev/full")


def _subprocess(*args, stdout=subprocess.PIPE, prelude=""):
    code = prelude + "import sys\nfrom newslint.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    env = {**os.environ, "NEWSLINT_DISABLE_PLUGIN_AUTOLOAD": "1"}
    return subprocess.run(
        [sys.executable, "-c", code, "--isolated", "-q", *args],
        stdout=stdout, stderr=subprocess.PIPE, text=True, env=env,
        preexec_fn=lambda: signal.signal(signal.SIGXFSZ, signal.SIG_IGN),
    )


def test_standard_output_on_a_full_disk_is_one_line(hostile):
    with open("/dev/full", "w") as full:
        result = _subprocess("c.jsonl", "--select", "TX101", stdout=full)
    assert result.returncode == 2
    assert result.stderr == "newslint: error: writing the report: No space left on device\n"


def test_a_report_that_fails_halfway_leaves_the_old_one(workdir):
    write(workdir / "many.txt", "".join(f"Line {i} had the the word.\n" for i in range(400)))
    write(workdir / "report.txt", "the old report\n")
    limit = "import resource\nresource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
    result = _subprocess("many.txt", "--select", "TX101", "--output-file", "report.txt", prelude=limit)
    assert result.returncode == 2 and result.stderr == "newslint: error: report.txt: File too large\n"
    assert (workdir / "report.txt").read_text() == "the old report\n"
    write(workdir / "many.jsonl", "".join(json.dumps({"text": f"Article {i}."}) + "\n" for i in range(400)))
    result = _subprocess("many.jsonl", "--select", "TX101", "--summary", "report.txt", prelude=limit)
    assert result.returncode == 2 and (workdir / "report.txt").read_text() == "the old report\n"
    assert sorted(path.name for path in workdir.iterdir()) == ["many.jsonl", "many.txt", "report.txt"]


def test_an_internal_error_is_one_line_and_exit_2(newslint, workdir, monkeypatch):
    import newslint.cli as cli

    def broken(*args, **kwargs):
        raise RuntimeError("unexpected\nstate")

    write(workdir / "a.txt", "ok\n")
    monkeypatch.setattr(cli, "run", broken)
    result = newslint("a.txt")
    assert result.code == 2 and result.out == ""
    assert result.err == (
        "newslint: internal error: RuntimeError: unexpected state (--verbose shows the traceback)\n"
    )
    result = newslint("a.txt", "--verbose")
    assert result.code == 2 and "Traceback (most recent call last)" in result.err
    assert result.err.splitlines()[-1] == "newslint: internal error: RuntimeError: unexpected state"


@pytest.mark.parametrize(
    "args, command",
    [(["--no-such-option"], "newslint check"), (["--color", "purple"], "newslint check"), (["rule"], "newslint rule"), (["--jobs"], "newslint")],
)
def test_usage_errors_are_one_line_pointing_at_their_command_s_help(newslint, workdir, args, command):
    result = newslint(*args)
    assert result.code == 2 and result.out == "" and result.err.count("\n") == 1
    assert result.err.startswith("newslint: error: ") and result.err.endswith(f"({command} --help)\n"), result.err


def test_an_os_error_without_a_file_is_one_line(newslint, workdir, monkeypatch):
    import errno

    import newslint.cli as cli

    def broken(*args, **kwargs):
        raise OSError(errno.EMFILE, "Too many open files")

    write(workdir / "a.txt", "ok\n")
    monkeypatch.setattr(cli, "run", broken)
    result = newslint("a.txt")
    assert result.code == 2 and result.err == "newslint: error: Too many open files\n"
