#!/bin/sh
# eval.sh - every quality evaluation on the real data in ../shared/data
# (make eval).  Each evaluation prints one line and skips when its data is
# missing; the figures are recorded in docs/EVALUATION.md.
set -eu
cd "$(dirname "$0")/.."
echo "== language identification (SemEval 2022 task 8 lang1 labels)"
scripts/eval-langid.sh
echo "== copy detection (IRA tweets, simulated articles, the stitched seed)"
scripts/eval-copies.sh
echo "== coordination (planted groups in simulated corpora, IRA account categories)"
scripts/eval-coord.sh
echo "== main-text extraction (article-extraction benchmark: body P/R/F1, dates)"
scripts/eval-extract.sh
echo "== stories: SemEval 2022 task 8 pairs, scored as the clustering scores them"
scripts/eval-stories.sh
echo "== stories: the simulator's planted stories"
scripts/eval-stories-sim.sh
