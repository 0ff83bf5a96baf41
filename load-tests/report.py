#!/usr/bin/env python3
"""Per-request figures from Gatling's report next to the run's baselines, as Markdown.

  report.py MODE OUTPUT_DIR GATLING_DIR BASELINES_FILE

Reads the statistics table of the newest HTML report (counts, errors, requests/s, p50/p95/p99 in ms),
writes OUTPUT_DIR/report.md (with summary.md appended) and prints it.
"""
import html
import re
import pathlib
import sys


def newest_report(gatling_dir):
    reports = sorted(pathlib.Path(gatling_dir).glob("*/index.html"), key=lambda p: p.stat().st_mtime)
    if not reports:
        sys.exit(f"ERROR: no Gatling report under {gatling_dir}; did the simulation run? See gatling.txt")
    return reports[-1]


# Gatling's statistics table: one <tr> per request (and one for all requests), each cell
# carrying its column number: 2 count, 4 errors, 6 requests/s, 8 p50, 10 p95, 11 p99, 12 max.
ROW = re.compile(r'<tr[^>]*>(.*?)</tr>', re.S)
NAME = re.compile(r'class="ellipsed-name">([^<]*)<')
CELL = re.compile(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>')


def table(index):
    found = {}
    for row in ROW.findall(index.read_text()):
        name = NAME.search(row)
        cells = dict(CELL.findall(row))
        if name and cells:
            found[html.unescape(name.group(1))] = {k: ("0" if v == "-" else v) for k, v in cells.items()}
    if "All Requests" not in found:
        sys.exit(f"ERROR: no statistics table in {index}; has Gatling's report format changed?")
    return found


def main():
    mode, out, gatling_dir, baselines_file = sys.argv[1:5]
    out = pathlib.Path(out)
    report = newest_report(gatling_dir)
    stats = table(report)
    baselines = {}
    for line in pathlib.Path(baselines_file).read_text().splitlines():
        if "=" in line:
            key, value = line.split("=", 1)
            try:
                baselines[key] = float(value)
            except ValueError:
                pass
    lines = [f"# Gatling figures ({mode})", "", f"Report: {report}", "",
             "| request | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |", "|---|---|---|---|---|---|---|---|"]
    total = stats.pop("All Requests")
    for name, c in sorted(stats.items()) + [("**all requests**", total)]:
        lines.append(f"| {name} | {c['2']} | {c['4']} | {c['6']} | {c['8']} | {c['10']} | {c['11']} | {c['12']} |")
    if baselines:
        rest = float(total["6"])
        lines += ["", "| baseline on the same servers | value | the workload as a share of it |", "|---|---|---|"]
        if "pgbench_tps" in baselines:
            lines.append(f"| pgbench -S, transactions/s | {baselines['pgbench_tps']:.0f} "
                         f"| REST requests/s = {rest / baselines['pgbench_tps']:.2%} |")
        summary_file = out / "summary.md"
        hris_rate = None
        if summary_file.exists():
            for line in summary_file.read_text().splitlines():
                if line.startswith("HRIS stream:"):
                    hris_rate = float(line.split("(")[1].split("/s")[0])
        for key, label in (("kafka_producer_records_per_s", "Kafka producer perf test, records/s"),
                           ("kafka_consumer_records_per_s", "Kafka consumer perf test, records/s")):
            if key in baselines:
                share = f"HRIS hires/s = {hris_rate / baselines[key]:.3%}" if hris_rate else "-"
                lines.append(f"| {label} | {baselines[key]:.0f} | {share} |")
    summary = out / "summary.md"
    if summary.exists():
        lines += [""] + summary.read_text().splitlines()
    (out / "report.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
