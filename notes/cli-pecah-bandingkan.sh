#!/bin/bash
# usage: bandingkan.sh OUTDIR  — runs help pages and demo commands with the worktree's dist, saves everything
set -u
W=$(cd "$(dirname "$0")/.." && pwd)
R=$1; rm -rf "$R"; mkdir -p "$R"
cd $W
K="node bin/kbk.js"
WORK=/tmp/cli-pecah/kerja; 
n=0
jalan() { # name lang args...
  local nama=$1 lang=$2; shift 2
  rm -rf $WORK; mkdir -p $WORK
  ( cd $W && env -u KBK_CONFIG KBK_CONFIG=${CFG:-none} LANG=$lang COLUMNS=100 $K "$@" >"$R/$nama.$lang.out" 2>"$R/$nama.$lang.err"; echo $? >"$R/$nama.$lang.rc" )
  if [ -n "$(ls -A $WORK 2>/dev/null)" ]; then (cd $WORK && find . -type f | sort | xargs sha256sum) > "$R/$nama.$lang.files"; fi
}
for lang in en_US.UTF-8 id_ID.UTF-8; do
  jalan help $lang --help
  jalan help2 $lang help
  jalan versi $lang --version
  for c in compute pay run audit banding validate explain proyeksi gabung check rules config help; do jalan "help-$c" $lang $c --help; jalan "helpcmd-$c" $lang help $c; done
  for c in list show validate; do jalan "help-rules-$c" $lang rules $c --help; done
  jalan bogus $lang bogus
  jalan run-nodata $lang run --month 2024-07
  jalan run-badmonth $lang run --data fixtures/demo --month 2024-13
  jalan run-badrate $lang run --data fixtures/demo --month 2024-07 --max-reject-rate x
  jalan run-badenc $lang run --data fixtures/demo --month 2024-07 --encoding x --out $WORK
  jalan run-baddelim $lang run --data fixtures/demo --month 2024-07 --delimiter xx --out $WORK
  jalan run-badrules $lang run --data fixtures/demo --month 2024-07 --rules nope --out $WORK
  jalan run-badopt $lang run --data fixtures/demo --month 2024-07 --nope
  jalan run-badformat $lang run --data fixtures/demo --month 2024-07 --format nope
  jalan run $lang run --data fixtures/demo --month 2024-07 --out $WORK
  jalan run-json $lang run --data fixtures/demo --month 2024-07 --out $WORK --json
  jalan run-xlsx $lang run --data fixtures/demo --month 2024-07 --out $WORK --csv-excel --format rekap-cabang
  jalan run-q $lang run --data fixtures/demo --month 2024-07 --out $WORK -q
  jalan pay $lang pay --data fixtures/demo --month 2024-07 --out $WORK --window rolling
  jalan compute $lang compute --data fixtures/demo --month 2024-06 --out $WORK
  jalan compute-sampai $lang compute --data fixtures/demo --month 2024-06 --out $WORK --sampai 2024-07-01
  jalan compute-json $lang compute --data fixtures/demo --month 2024-06 --out $WORK --json
  jalan audit $lang audit --data fixtures/demo --month 2024-06 --out $WORK
  jalan audit-json $lang audit --data fixtures/demo --month 2024-06 --out $WORK --json --ppk P001,K002
  jalan audit-xlsx $lang audit --data fixtures/demo --month 2024-06 --out $WORK --xlsx
  jalan banding $lang banding --data fixtures/demo --month 2024-07 --out $WORK --window-banding rolling
  jalan banding-json $lang banding --data fixtures/demo --month 2024-07 --out $WORK --json --window-banding rolling
  jalan validate $lang validate --data fixtures/demo
  jalan validate-json $lang validate --data fixtures/demo --month 2024-06 --json --out $WORK
  jalan validate-missing $lang validate --data /nonexistent
  PPK=$(sed -n 2p fixtures/demo/fktp.csv | cut -d, -f1 | tr -d '"')
  jalan explain $lang explain --data fixtures/demo --month 2024-06 --ppk $PPK
  jalan explain-json $lang explain --data fixtures/demo --month 2024-06 --ppk $PPK --json
  jalan explain-bayar $lang explain --data fixtures/demo --month 2024-07 --ppk $PPK --bayar
  jalan explain-bayar-json $lang explain --data fixtures/demo --month 2024-07 --ppk $PPK --bayar --json
  jalan explain-tanpabayar $lang explain --data fixtures/demo --month 2024-07 --ppk $PPK --window rolling
  jalan proyeksi $lang proyeksi --data fixtures/demo --month 2024-07 --sampai 2024-07-15
  jalan proyeksi-json $lang proyeksi --data fixtures/demo --month 2024-07 --sampai 2024-07-15 --json --out $WORK
  jalan gabung $lang gabung fixtures/demo/expected fixtures/demo/expected --out $WORK
  jalan gabung2 $lang gabung fixtures/demo/expected fixtures/perber-2018/expected --out $WORK --json
  jalan check $lang check fixtures
  jalan check-json $lang check fixtures --json
  jalan rules-list $lang rules list
  jalan rules-list-json $lang rules list --json
  for id in $(node bin/kbk.js rules list --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).map(x=>x.id).join(" ")))'); do jalan "rules-show-$id" $lang rules show $id; done
  jalan rules-show-nope $lang rules show nope
  jalan rules-validate $lang rules validate src/rules/data/$(ls src/rules/data | grep json | head -1)
  jalan rules-validate-missing $lang rules validate /nonexistent.json
  jalan config $lang config run
  jalan config-json $lang config audit --json
  jalan config-nope $lang config nope
  mkdir -p /tmp/cli-pecah/cfg; chmod 700 /tmp/cli-pecah/cfg; printf '{"maxRejectRate":"5","out":"%s","terimaTarif":["P001"]}' $WORK > /tmp/cli-pecah/cfg/kbk.config.json; chmod 600 /tmp/cli-pecah/cfg/kbk.config.json
  CFG=/tmp/cli-pecah/cfg/kbk.config.json jalan cfg-run $lang run --data fixtures/demo --month 2024-07
  CFG=/tmp/cli-pecah/cfg/kbk.config.json jalan cfg-config $lang config run
done
