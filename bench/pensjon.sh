# bench/pensjon.sh: the NAV Pensjon part of bench/run.sh (sourced by it; uses its helpers and variables).
# Measures a full read of a 100 000-event samordning feed by nextUrl paging, as a TP-ordning's poller reads it: the
# development organisation's tpnr, vedtak feed, pages of antall=10000 (NAV's default and maximum), starting
# PENSJON_EVENTS before the newest event and following nextUrl until it is null. One untimed read warms up first.

PENSJON_EVENTS=${PENSJON_EVENTS:-100000}   # events in the measured read (the feed's newest PENSJON_EVENTS)

pensjon_read() { # start_url label: follows nextUrl to null; sets P_EVENTS P_PAGES P_BYTES
  local url=$1 page=0 events=0 bytes=0 code body next
  while [ -n "$url" ]; do
    body="$OUT/pensjon-$2-page.json"
    code=$(curl -s -o "$body" -w '%{http_code}' --max-time 120 -H "Authorization: Bearer $PTOKEN" "$url" || true)
    [ "$code" = 200 ] || { head -c 300 "$body" >&2; die "samordning page $page answered HTTP $code"; }
    events=$((events + $(grep -o '"identifikator":' "$body" | wc -l)))
    bytes=$((bytes + $(wc -c < "$body")))
    page=$((page + 1))
    next=$(grep -o '"nextUrl":"[^"]*"' "$body" | sed 's/^"nextUrl":"//; s/"$//' || true)
    if [ -z "$next" ]; then
      grep -q '"nextUrl":null' "$body" || die "samordning page $page has neither a nextUrl nor nextUrl null"
    fi
    url=$next
  done
  P_EVENTS=$events; P_PAGES=$page; P_BYTES=$bytes
}

say "Pensjon samordning: token, feed size"
PTOKEN=$(java -jar "$JAR" token --issuer maskinporten --scope nav:pensjon/v1/samordning --data-dir "$DATA")
PTPNR=$(java -jar "$JAR" sample --kind tpnr --data-dir "$DATA" | awk 'NR == 1 { print $1 }')
code=$(curl -s -o "$OUT/pensjon-first.json" -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $PTOKEN" \
  "$BASE/samordning/hendelser/vedtak?tpnr=$PTPNR&antall=1" || true)
[ "$code" = 200 ] || { head -c 300 "$OUT/pensjon-first.json" >&2; die "samordning vedtak feed answered HTTP $code"; }
PFEED_N=$(grep -o '"sisteLesteSekvensnummer":[0-9]*' "$OUT/pensjon-first.json" | cut -d: -f2)
[ "${PFEED_N:-0}" -ge "$PENSJON_EVENTS" ] || die "tpnr $PTPNR's vedtak feed has ${PFEED_N:-0} events, fewer than $PENSJON_EVENTS (population too small?)"
PSTART=$((PFEED_N - PENSJON_EVENTS + 1))
PURL="$BASE/samordning/hendelser/vedtak?tpnr=$PTPNR&sekvensnummer=$PSTART"
echo "tpnr $PTPNR: $PFEED_N events in the vedtak feed; reading $PENSJON_EVENTS from sekvensnummer $PSTART"

say "warm-up: one full read"
pensjon_read "$PURL" warmup
[ "$P_EVENTS" = "$PENSJON_EVENTS" ] || die "the warm-up read $P_EVENTS events, expected $PENSJON_EVENTS"

say "measured: full read of $PENSJON_EVENTS events by nextUrl paging (antall 10000)"
S0=$(cpu_snap)
T0=$(now)
pensjon_read "$PURL" measured
PS_SECONDS=$(elapsed "$T0" "$(now)")
cpu_report "$S0" "$(cpu_snap)" curl
PS_CPU=$CPU_TEXT
[ "$P_EVENTS" = "$PENSJON_EVENTS" ] || die "the measured read got $P_EVENTS events, expected $PENSJON_EVENTS"
PS_EVENTS=$P_EVENTS; PS_PAGES=$P_PAGES; PS_MB=$(awk -v b="$P_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }')
PS_EPS=$(awk -v n="$PS_EVENTS" -v s="$PS_SECONDS" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "?" }')
echo "$PS_EVENTS events in $PS_PAGES pages ($PS_MB MB) in $PS_SECONDS s: $PS_EPS events/s; CPU: $PS_CPU"
