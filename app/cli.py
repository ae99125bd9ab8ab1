"""The `reportdesk` command: engine subcommands run headless; anything else opens the window.

    reportdesk check FILE... [--format text|json|sarif]   exit 0 clean, 1 findings, 2 unusable input
    reportdesk outline FILE [--format text|json]
    reportdesk fix FILE -o OUT
    reportdesk export FILE -o OUT.docx [--findings-as-comments] [--author NAME]
    reportdesk pdf FILE -o OUT.pdf [--author NAME]        (Qt lays the pages out)
    reportdesk rules
    reportdesk [FILE] | --sample | FILE --screenshot OUT.png           the desktop app (needs Qt)

Bad input gives one line on stderr in the user's language and exit code 2, never a traceback
(an internal error's traceback goes to the crash log, app.storage.crashlog).

This module never imports Qt nor ui/: the PDF export and the window are handed in as
:class:`Launchers` by the entry module (:mod:`reportdesk`), which the installed ``reportdesk``
command runs. ``python -m app`` runs the engine subcommands alone.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn

from app import __version__, cli_check
from app.errors import ReportDeskError
from app.i18n import add_subcommand, argument_parser, tr

if TYPE_CHECKING:
    from app.engine import Analysis
    from app.model import Document

ENGINE_COMMANDS = ("check", "outline", "fix", "export", "pdf", "rules")


class Launchers(NamedTuple):
    """What the command needs from above the engine (the entry module gives Qt's): ``pdf(doc,
    path, author)`` writes the PDF and returns its page count; ``gui(argv)`` runs the window.
    (A named tuple, not a dataclass: importing dataclasses here, ~8 ms with inspect, came
    before `check` could start its lexicon worker; json is imported where used for the same
    reason.)"""

    pdf: Callable[[Document, str, str], int] | None = None
    gui: Callable[[list[str]], int] | None = None


_NO_LAUNCHERS = Launchers()
_launchers = _NO_LAUNCHERS


_FILE_HELP = tr("报告文件（.txt 或 .docx）", "report file (.txt or .docx)")


def _parser() -> argparse.ArgumentParser:
    p = argument_parser("reportdesk", tr(
        "公文审校台：检查公文的结构层次序数、数量、占位符、标点等问题，"
        "导出 GB/T 9704 格式的 Word 与 PDF 文件。不带子命令时打开窗口"
        "（reportdesk [文件] | --sample；窗口选项见 reportdesk-gui --help）。",
        "ReportDesk: check official reports (numbering, counts, placeholders, punctuation) and "
        "export them to Word and PDF in the GB/T 9704 layout. Without a subcommand it opens the "
        "window (reportdesk [FILE] | --sample; window options: reportdesk-gui --help)."))
    p.add_argument("--version", action="version", version=f"reportdesk {__version__}",
                   help=tr("显示版本号并退出", "show the version and exit"))
    sub = p.add_subparsers(dest="command", required=True, title=tr("子命令", "subcommands"),
                           metavar="{check,outline,fix,export,pdf,rules}")
    c = add_subcommand(sub, "check", tr("检查文件并列出问题", "check files and list findings"))
    c.add_argument("files", nargs="+", metavar="FILE", help=_FILE_HELP)
    c.add_argument("--format", choices=("text", "json", "sarif"), default="text",
                   help=tr("输出格式（默认 text）", "output format (default: text)"))
    c.add_argument("--rules", help=tr("只运行这些规则（逗号分隔的规则或类别）",
                                      "run only these rules (comma-separated ids or families)"))
    c.add_argument("--no-ignores", action="store_true",
                   help=tr("也列出文档中已忽略的问题（标为 ignored）",
                           "also list the findings the document ignores (marked ignored)"))
    c.add_argument("--no-cache", action="store_true",
                   help=tr("不读也不写数据文件夹中缓存的检查结果（cache/results-*.marshal）",
                           "neither read nor write the data folder's cache of findings "
                           "(cache/results-*.marshal)"))
    o = add_subcommand(sub, "outline", tr("显示文件的结构层次", "show the outline"))
    o.add_argument("file", metavar="FILE", help=_FILE_HELP)
    o.add_argument("--format", choices=("text", "json"), default="text",
                   help=tr("输出格式（默认 text）", "output format (default: text)"))
    f = add_subcommand(sub, "fix", tr("应用所有可自动修正的问题，另存为新文件",
                                      "apply every mechanical fix, write a copy"))
    f.add_argument("file", metavar="FILE", help=_FILE_HELP)
    f.add_argument("-o", "--output", required=True, metavar="OUT",
                   help=tr("修正后的副本（.txt 或 .docx），不能是原文件",
                           "the fixed copy (.txt or .docx), never the input"))
    e = add_subcommand(sub, "export", tr("导出为 GB/T 9704 格式的 Word 文件",
                                         "export to Word in the GB/T 9704 layout"))
    e.add_argument("file", metavar="FILE", help=_FILE_HELP)
    e.add_argument("-o", "--output", required=True, metavar="OUT.docx",
                   help=tr("导出的 Word 文件", "the Word file to write"))
    e.add_argument("--findings-as-comments", action="store_true",
                   help=tr("把检查发现的问题作为批注写入", "write findings as Word comments"))
    e.add_argument("--author", default=None, help=tr("作者/审阅人姓名", "author / reviewer name"))
    d = add_subcommand(sub, "pdf", tr("导出为 GB/T 9704 版式的 PDF（不需要 LibreOffice）",
                                      "export a GB/T 9704 PDF (no LibreOffice needed)"))
    d.add_argument("file", metavar="FILE", help=_FILE_HELP)
    d.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                   help=tr("导出的 PDF 文件", "the PDF file to write"))
    d.add_argument("--author", default=None, help=tr("文档属性中的作者", "author in the PDF"))
    add_subcommand(sub, "rules", tr("列出所有规则", "list the rules"))
    return p


def main(argv: list[str] | None = None, launchers: Launchers = _NO_LAUNCHERS) -> int:
    global _launchers
    own_process = argv is None  # the process's own command line: `check` may end it (_leave)
    argv = list(sys.argv[1:] if argv is None else argv)
    _launchers = launchers
    if not argv or (argv[0] not in ENGINE_COMMANDS and argv[0] not in ("-h", "--help",
                                                                           "--version")):
        return _gui(argv)
    cli_check.start_worker(argv)  # before argparse: the worker loads the lexicon meanwhile
    if argv[0] == "check":
        from app import regex_cache

        regex_cache.install("check")  # before the rules' modules compile their patterns
    try:
        status = _run(_parser().parse_args(argv))
    finally:
        leftover = cli_check.take_worker()  # (argparse refused the arguments)
        if leftover is not None:
            leftover.close()
    if own_process and argv[0] == "check":
        _leave(status)
    return status


def _leave(status: int) -> NoReturn:
    """End `check`'s process now that its report is written, as the lexicon worker ends its
    own: the interpreter's finalization would collect garbage over every object the check
    made, then free them and every module one by one (~70 M instructions, ~2.5 % of the
    command's, all after the worker's reply) for memory the system takes back at once. The
    output is flushed and the exit functions run first, as at a normal exit. Only when
    main() runs the process's own command line (``argv`` None: `python -m app`, the
    `reportdesk` command); a caller that passes its arguments gets the status back."""
    import atexit
    import contextlib

    for stream in (sys.stdout, sys.stderr):
        # (a reader that left, `check … | head`; a closed stream: nothing more to say)
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    atexit._run_exitfuncs()
    os._exit(status)


def _run(args: argparse.Namespace) -> int:
    try:
        return COMMANDS[args.command](args)
    except ReportDeskError as err:
        print(f"reportdesk: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `reportdesk check … | head`: the reader left, nothing to say
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 0
    except Exception as err:
        from app.storage.crashlog import log_exception

        log = log_exception(err, f"cli {args.command}")
        where = tr(f"（详情已记入 {log}）", f" (details in {log})") if log else ""
        print(tr(f"reportdesk: 内部错误：{type(err).__name__}: {err}{where}",
                 f"reportdesk: internal error: {type(err).__name__}: {err}{where}"),
              file=sys.stderr)  # fmt: skip
        return 2


def _outline(args: argparse.Namespace) -> int:
    from app.engine import analyze
    from app.json_text import dumps
    from app.reports import outline_json, outline_text

    doc = cli_check.load_document(args.file)
    analysis = analyze(doc, rules=())
    if args.format == "json":
        print(dumps(outline_json(args.file, analysis, doc)))
    else:
        sys.stdout.write(outline_text(analysis, doc))
    return 0


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _write(
    doc: Document, out: str, *, author: str, analysis: Analysis | None = None, **options: Any
) -> None:
    """Write atomically through app.storage (temp folder, fsync, backup of what was there)."""
    from app.errors import WriteError
    from app.storage import export_docx, save_document

    suffix = os.path.splitext(out)[1].lower()
    if suffix not in (".docx", ".txt"):
        raise WriteError(tr(f"不支持的输出格式：{out}（可用 .txt 或 .docx）",
                            f"unsupported output format: {out} (use .txt or .docx)"))
    if suffix == ".docx" and options:
        export_docx(doc, out, author=author, analysis=analysis, **options)
    else:
        save_document(doc, out, author=author, analysis=analysis)


def _author(given: str | None) -> str:
    return given or os.environ.get("REPORTDESK_AUTHOR") or "ReportDesk"


def _fix(args: argparse.Namespace) -> int:
    from app.engine import analyze
    from app.errors import WriteError
    from app.fixes import fix_document

    if _same_file(args.file, args.output):
        raise WriteError(tr("fix 不会覆盖原文件，请用 -o 指定另一个文件",
                            "fix never overwrites its input: give another file with -o"))
    doc = cli_check.load_document(args.file)
    applied = fix_document(doc, lambda d: analyze(d).findings)  # in place: ids, cells, XML kept
    _write(doc, args.output, author=_author(None))
    left = analyze(doc).findings
    print(tr(f"已修正 {applied} 处，剩余 {len(left)} 个问题需人工处理：{args.output}",
             f"{applied} fixes applied, {len(left)} findings left for a human: {args.output}"))
    return 0


def _export(args: argparse.Namespace) -> int:
    from app.engine import analyze
    from app.errors import WriteError

    if not args.output.lower().endswith(".docx"):
        raise WriteError(tr("导出文件名应以 .docx 结尾", "the export file name must end in .docx"))
    if _same_file(args.file, args.output):
        raise WriteError(tr("导出不会覆盖原文件，请用 -o 指定另一个文件",
                            "export never overwrites its input: give another file with -o"))
    doc = cli_check.load_document(args.file)
    analysis = analyze(doc)
    author = _author(args.author)
    notices: list[str] = []  # objects the export could not carry over, one line each
    _write(doc, args.output, analysis=analysis, author=author,
           findings_as_comments=args.findings_as_comments, findings=analysis.findings,
           reviewer=author, notices=notices)
    for line in notices:
        print(line, file=sys.stderr)
    print(tr(f"已导出：{args.output}", f"exported: {args.output}"))
    return 0


def _pdf(args: argparse.Namespace) -> int:
    from app.errors import WriteError

    if not args.output.lower().endswith(".pdf"):
        raise WriteError(tr("PDF 文件名应以 .pdf 结尾", "the PDF file name must end in .pdf"))
    if _launchers.pdf is None:
        raise WriteError(tr("此入口不能导出 PDF（需要 Qt）：请用 reportdesk pdf",
                            "this entry cannot export PDF (it needs Qt): use reportdesk pdf"))
    doc = cli_check.load_document(args.file)
    pages = _launchers.pdf(doc, args.output, _author(args.author))
    print(tr(f"已导出 PDF：{args.output}（{pages} 页）",
             f"exported PDF: {args.output} ({pages} pages)"))
    return 0


def _rules(args: argparse.Namespace) -> int:
    from app.rules import ALL_RULES
    from app.rules.measured import MEASURED

    for r in ALL_RULES.values():
        true, judged = MEASURED.get(r.id, (0, 0))
        shown = f"{true}/{judged}" if judged else "—"
        print(f"{r.id:28} {r.severity.value:8} {shown:>7}  {r.name}　{r.norm}")
    print(tr("（第三列：在 ../shared/corpus 真实公文上人工判定为正确的发现数/判定总数，"
             "见 docs/precision.md）",
             "(third column: findings judged right by hand / judged, on the real documents of "
             "../shared/corpus; see docs/precision.md)"))
    return 0


def _gui(argv: list[str]) -> int:
    if _launchers.gui is None:
        print(tr("reportdesk: 此入口只有命令行子命令；打开窗口请运行 reportdesk（见 --help）",
                 "reportdesk: this entry has the subcommands only; run reportdesk for the window "
                 "(see --help)"), file=sys.stderr)  # fmt: skip
        return 2
    return _launchers.gui(argv)


COMMANDS = {"check": cli_check.check, "outline": _outline, "fix": _fix, "export": _export,
            "pdf": _pdf, "rules": _rules}

if __name__ == "__main__":
    sys.exit(main())
