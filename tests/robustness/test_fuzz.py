"""The atheris fuzz target of the text layer and the extractor, run for a bounded time.

libFuzzer runs in a subprocess (it owns the process and exits on the first crash); the test passes
when it stops without finding one, and reports how many inputs it tried. Longer runs: `.ci/fuzz`.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris", reason="atheris (a dev dependency) is not installed")

TARGET = Path(__file__).parents[2] / "fuzz" / "fuzz_text.py"
SECONDS = int(os.environ.get("RASD_FUZZ_SECONDS", "45"))
# Seeds: Arabic news shapes the fuzzer mutates from (written here, not copied from any corpus).
SEEDS = [
    "قُتِلَ ٧ مدنيين وأُصيب 3 آخرون في قصف على إدلب أمس الثلاثاء، بحسب المرصد.",
    "نفت وزارة الدفاع الروسية أن تكون طائراتها قصفت سوقا في ريف حلب يوم 12 آذار/مارس 2018.",
    "اعتقلت الشرطة نحو عشرين متظاهرا بينهم ثلاث نساء في بغداد.\nدعت الأمم المتحدة إلى وقف إطلاق النار.",
    "ﻻ \u200f\u200d 1,500 ۴٥ ‏«قتيلا» …",
]


def test_fuzz_target_runs_without_a_crash(tmp_path, robustness_report):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, seed in enumerate(SEEDS):
        (corpus / f"seed-{number}").write_bytes(seed.encode())
    command = [sys.executable, str(TARGET), f"-max_total_time={SECONDS}", "-runs=1000000",
               "-rss_limit_mb=2048", "-max_len=4096", f"-artifact_prefix={tmp_path}/", str(corpus)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=SECONDS + 120, errors="replace")
    crashes = sorted(path.name for path in tmp_path.glob("crash-*"))
    assert done.returncode == 0 and not crashes, f"{crashes}\n{done.stderr[-4000:]}"
    runs = re.search(r"Done (\d+) runs in (\d+) second", done.stderr)
    assert runs, done.stderr[-2000:]
    robustness_report(f"fuzz_text: {runs[1]} inputs in {runs[2]} s, 0 crashes")
    assert int(runs[1]) > 100
