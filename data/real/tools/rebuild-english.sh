#!/bin/sh
# Rebuilds the English real-text files of data/real from the public CFPB exports they come
# from. Each export is one file of a public GitHub repository at the commit named here; copy
# it to $EXPORTS (default /tmp/cfpb-exports) under the name given before running this.
# "rebuild-english.sh train" rebuilds the training files only (no held-out export needed).
#   sha-hsg-2015.csv   github:sha-hsg/data@981374c2e6fe Consumer_Complaints.csv
#   simba-2017.csv     github:1994Simba/Nlp_complaints_analysis@1e3d1ef03f51 data/sample_complaints.csv
#   robel-2025.csv     github:robelterfessa/credit-trust-rag-chatbot@9fa9eab977a2 data/filtered_complaints.csv
#   beza-2025.csv      github:beza1619/rag-complaint-chatbot@4256c3d8985d data/processed/filtered_complaints.csv
#   seunnna-2023.csv   github:SeunnnA/Predatory_Lending@834228377a63 "data/processed/complaints(small sample)-2025-04-25_15_02.csv"
#   ziyuyan-2019.csv   github:ZiyuYan9/consumer_complaints@ecece4d9228a complaints_sample.csv
#   ouyang.csv         github:OuyangXin-Python/Research@d6b18a345ab4 complaints.csv
set -eu
cd "$(dirname "$0")/.."
EXPORTS=${EXPORTS:-/tmp/cfpb-exports}
if [ "${1:-all}" != train ]; then
{
    printf '%s\n' '# HELD-OUT real English complaints: CFPB consumer complaint narratives 2015-2016 (public' \
        '# domain, U.S. Government work) from github:sha-hsg/data Consumer_Complaints.csv, which has' \
        '# no Issue field: labelled by hand by DESIGN.md definitions (heldout-cfpb2015-labels.txt)' \
        '# before the classifier was run on any of them. Never learnt, never used to tune anything.' \
        '# CATEGORY<TAB>LANG<TAB>text<TAB>source. Built by tools/rebuild-english.sh.'
    python3 tools/make_real_tsv.py "$EXPORTS/sha-hsg-2015.csv" heldout-cfpb2015-labels.txt github:sha-hsg/data
} > heldout-en-cfpb2015.tsv
fi
{
    printf '%s\n' '# Training: real English CFPB narratives 2017-2021 (public domain) from' \
        '# github:1994Simba/Nlp_complaints_analysis, labelled by hand (train-cfpb2017-labels.txt).' \
        '# CATEGORY<TAB>LANG<TAB>text<TAB>source. Built by tools/rebuild-english.sh.'
    python3 tools/make_real_tsv.py "$EXPORTS/simba-2017.csv" train-cfpb2017-labels.txt \
        github:1994Simba/Nlp_complaints_analysis
} > train-en-cfpb2017.tsv
{
    printf '%s\n' '# Training: real English CFPB narratives 2025 (public domain) from two student copies of' \
        '# the export (github:robelterfessa/credit-trust-rag-chatbot, github:beza1619/rag-complaint-chatbot),' \
        '# labelled through cfpb-mapping.tsv from their Issue/Sub-issue; AMBIGUOUS rows left out.' \
        '# CATEGORY<TAB>LANG<TAB>text<TAB>source. Built by tools/rebuild-english.sh.'
    python3 tools/map_cfpb.py cfpb-mapping.tsv "CFPB 2025 export" "$EXPORTS/robel-2025.csv" \
        "$EXPORTS/beza-2025.csv"
} > train-en-cfpb2025.tsv
{
    printf '%s\n' '# Training: real English CFPB narratives received 2017-2023 (public domain) from three' \
        '# copies of exports (payday loans 2023; all products, mostly 2018-19), labelled through' \
        '# cfpb-mapping.tsv from their Issue/Sub-issue; AMBIGUOUS rows left out, and any complaint' \
        '# received in 2015-16 (the held-out years), already in another file of data/real, or whose' \
        '# text is held out. At most 150 per category, chosen by a hash of the Complaint ID.' \
        '# CATEGORY<TAB>LANG<TAB>text<TAB>source. Built by tools/rebuild-english.sh.'
    python3 tools/map_cfpb.py cfpb-mapping.tsv --exclude heldout-cfpb2015-labels.txt \
        --exclude heldout-en-cfpb2015.tsv --exclude train-en-cfpb2025.tsv \
        --exclude train-en-cfpb2017.tsv --exclude-years 2015,2016 --cap 150 \
        "github:SeunnnA/Predatory_Lending=$EXPORTS/seunnna-2023.csv" \
        "github:ZiyuYan9/consumer_complaints=$EXPORTS/ziyuyan-2019.csv" \
        "github:OuyangXin-Python/Research=$EXPORTS/ouyang.csv"
} > train-en-cfpb2017-2023.tsv
