"""Ingest and extraction throughput, against trafilatura alone on the same HTML.

    python benchmarks/bench_pipeline.py [--n 10000] [--workers 2] [--sizes 2000,10000]

Builds a corpus by varying the shipped samples (benchmarks/make_corpus.py), then measures in
fresh subprocesses, each with its whole process tree's peak memory sampled from /proc:
  1. trafilatura alone: decode + trafilatura.bare_extraction on every HTML file, one process;
  2. `refuge ingest` (ingest, clean, segment, store) with 1 worker and with --workers;
  3. `refuge run` (the same plus extract and link) with --workers;
  4. extraction alone on the cleaned text (KB of text per second).
Peak memory is measured at each corpus size in --sizes to show whether it grows. Each step also
reports the CPU seconds of its process tree, the figure to compare on a machine that other jobs
share (wall seconds then say more about the neighbours than about Refuge).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus  # noqa: E402

PY = sys.executable


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total = 0
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                parent = int(f.read().rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
        except (OSError, ValueError, IndexError):
            continue
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
        stack.extend(children.get(p, []))
    return total


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(cmd: list[str]) -> tuple[float, int, str, float]:
    """Run a command; return (seconds, peak tree RSS in bytes, stdout, CPU seconds of its tree)."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    stop.set()
    sampler.join()
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr[-3000:]}")
    return seconds, peak, stdout, _children_cpu() - cpu_before


TRAFILATURA_ALONE = """
import sys, time
from pathlib import Path
import trafilatura
from refuge.ingest.decode import decode_bytes
files = [p for p in sorted(Path(sys.argv[1]).rglob('*')) if p.suffix in ('.html', '.htm')]
start = time.perf_counter()
for p in files:
    text, _ = decode_bytes(p.read_bytes())
    trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
print(len(files), time.perf_counter() - start)
"""

EXTRACT_ALONE = """
import sys, time
from refuge.store import open_store
from refuge.segment import segment
from refuge.extract import extract
store = open_store(sys.argv[1])
docs = [store.document(sha) for sha in store.known_versions()]
size = sum(len(d.text.encode('utf-8')) for d in docs)
segs = [segment(d) for d in docs]
start = time.perf_counter()
claims = sum(len(extract(d, s)) for d, s in zip(docs, segs))
print(len(docs), size, claims, time.perf_counter() - start)
"""


def mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=10000, help="documents in the main corpus")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument(
        "--sizes", default="2000,10000", help="corpus sizes for the memory-growth check"
    )
    args = parser.parse_args()
    refuge = [PY, "-m", "refuge"]
    results: dict[str, object] = {
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}",
        "command": " ".join([Path(PY).name, *sys.argv]),
    }
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        t0 = time.perf_counter()
        files = make_corpus(corpus, args.n)
        results["corpus"] = {
            "documents": len(files),
            "seconds_to_build": round(time.perf_counter() - t0, 1),
            "html": sum(1 for f in files if f.suffix == ".html"),
        }

        seconds, peak, stdout, _ = measure([PY, "-c", TRAFILATURA_ALONE, str(corpus)])
        n_html, traf_seconds = stdout.split()
        results["trafilatura_alone"] = {
            "html_documents": int(n_html),
            "seconds": round(float(traf_seconds), 1),
            "peak_memory": mb(peak),
        }

        for workers in sorted({1, args.workers}):
            db = f"sqlite:///{root / f'ingest{workers}.db'}"
            seconds, peak, _, cpu = measure(
                [*refuge, "ingest", str(corpus), "--db", db, "--workers", str(workers)]
            )
            results[f"ingest_workers_{workers}"] = {
                "seconds": round(seconds, 1),
                "cpu_seconds": round(cpu, 1),
                "docs_per_second": round(len(files) / seconds, 1),
                "vs_trafilatura_alone": round(seconds / float(traf_seconds), 2),
                "peak_memory": mb(peak),
            }

        db = f"sqlite:///{root / 'run.db'}"
        seconds, peak, _, cpu = measure(
            [*refuge, "run", str(corpus), "--db", db, "--workers", str(args.workers)]
        )
        ingest = results[f"ingest_workers_{args.workers}"]
        results["run_with_extract_and_link"] = {
            "seconds": round(seconds, 1),
            "cpu_seconds": round(cpu, 1),
            "docs_per_second": round(len(files) / seconds, 1),
            "vs_ingest_alone": round(seconds / ingest["seconds"], 2),  # type: ignore[index]
            "cpu_vs_ingest_alone": round(cpu / ingest["cpu_seconds"], 2),  # type: ignore[index]
            "peak_memory": mb(peak),
        }

        _, _, stdout, _ = measure([PY, "-c", EXTRACT_ALONE, db])
        n_docs, size, n_claims, ex_seconds = stdout.split()
        results["extract_alone"] = {
            "documents": int(n_docs),
            "claims": int(n_claims),
            "kb_per_second": round(int(size) / 1024 / float(ex_seconds), 1),
        }

        growth = {}
        for size_n in [int(s) for s in args.sizes.split(",") if s]:
            sub = root / f"corpus{size_n}"
            make_corpus(sub, size_n)
            db = f"sqlite:///{root / f'growth{size_n}.db'}"
            _, peak, _, _ = measure(
                [*refuge, "run", str(sub), "--db", db, "--workers", str(args.workers)]
            )
            growth[str(size_n)] = mb(peak)
        results["peak_memory_by_corpus_size"] = growth
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
