"""Helpers the blind8_cases_*.py files share: `case()`, `fn()` and
`schema()` are blind7_kit's (imported, unchanged), plus deterministic makers
of long pasted material for this set's three organisations (smart-meter
reads, SCADA alarm logs, concrete cube results, a site diary, a rent ledger,
a repairs export) so that long inputs are really long. No names or
identifiers here: `<<slot>>` markers are filled by make_blind8.py."""

from blind7_kit import KINDS, case, fn, schema  # noqa: F401


def meter_reads(n, start=1):
    """Half-hourly smart-meter reads of one anonymous meter (MPAN-style id)."""
    out = ["meter_id,ts,kwh_import,kwh_export,voltage_v,status"]
    for i in range(n):
        d, h, m = start + i // 48, (i // 2) % 24, 30 * (i % 2)
        imp = 0.05 + ((i * 37) % 23) / 40 + (0.9 if 17 <= h <= 20 else 0)
        exp = ((i * 11) % 9) / 20 if 10 <= h <= 15 else 0
        st = "OK" if i % 97 else "EST"
        out.append(f"MX-20931,2026-10-{d:02d}T{h:02d}:{m:02d},{imp:.3f},{exp:.3f},{228 + (i * 7) % 11},{st}")
    return "\n".join(out)


def scada_log(n, feeder="F14"):
    evs = ["CB close", "CB open (trip) OC stage 1", "AR attempt 1", "AR success", "AR lockout",
           "earth fault E/F pickup", "VT supply fail", "tap change +1", "tap change -1",
           "comms loss RTU", "comms restored", "load 412A", "load 455A", "load 498A (HIGH)"]
    lines = []
    for i in range(n):
        t = 6 * 3600 + i * 41
        ev = evs[(i * 7 + i // 5) % len(evs)]
        lines.append(f"2026-11-09 {t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d} SUB-NW3 {feeder}-{1 + i % 3} {ev}")
    return "\n".join(lines)


def cube_results(n):
    out = ["pour_id,location,class,sample,age_days,load_kN,strength_MPa"]
    locs = ["L2 slab bay C", "Core B wall", "L3 columns C4-C9", "Raft pour 2", "Ramp"]
    for i in range(n):
        age = (7, 28, 56)[i % 3]
        fck = (32, 40)[i // 6 % 2]
        s = fck * (0.68 if age == 7 else 1.12 if age == 28 else 1.2) + ((i * 13) % 9 - 4) * 0.9
        if i in (17, 29):
            s = fck * 0.93
        out.append(f"P{301 + i // 3},{locs[i // 3 % 5]},C{fck}/{fck + 10 if fck == 40 else 40},"
                   f"S{i % 3 + 1},{age},{s * 22.5:.0f},{s:.1f}")
    return "\n".join(out)


def site_diary(days):
    weather = ["dry, 9C", "rain am, 7C", "heavy rain, stopped 14:00", "dry, windy 38 km/h", "frost 06:00, dry"]
    acts = ["formwork L3 bay A", "rebar fixing L3 bay B", "pour L2 bay C 46 m3", "scaffold adaption north elev.",
            "drainage run MH4-MH6", "crane TC1 idle (wind)", "M&E first fix L1", "blockwork core B",
            "backfill to retaining wall", "delivery precast stairs"]
    out = []
    for d in range(days):
        a = ", ".join(acts[(d * 3 + k) % len(acts)] for k in range(3))
        out.append(f"Day {d + 1} (2026-11-{2 + d:02d}) weather: {weather[d % 5]}. Labour on site: {18 + (d * 5) % 11}. "
                   f"Activities: {a}. Visitors: {'none' if d % 4 else 'building control'}. "
                   f"Delays: {'none' if d % 3 else 'waiting on RFI-0' + str(40 + d)}.")
    return "\n".join(out)


def rent_ledger(units, months=6):
    out = ["unit_ref,month,rent_due,paid,paid_on,arrears_running,note"]
    for u in range(units):
        arrears = 0
        rent = 850 + (u * 55) % 600
        for m in range(months):
            short = rent // 2 if (u % 7 == 3 and m >= 3) else 0
            paid = rent - short
            arrears += short
            day = 1 + (u + m) % 6 if not short else 19
            out.append(f"BLK{u // 8 + 1}-{u % 8 + 1:02d},2026-{5 + m:02d},{rent},{paid},2026-{5 + m:02d}-{day:02d},"
                       f"{arrears},{'part payment' if short else ''}")
    return "\n".join(out)


def repairs_export(n):
    out = ["ticket,opened,unit_ref,category,priority,status,contractor"]
    cats = ["boiler no heat", "damp/mould", "leak under sink", "broken window latch", "door entry buzzer",
            "extractor fan", "electrics: socket dead", "pest: mice", "roof tile", "communal light out"]
    for i in range(n):
        out.append(f"RT-{5200 + i},2026-10-{1 + i % 28:02d},BLK{1 + i % 5}-{1 + (i * 3) % 8:02d},{cats[(i * 7) % 10]},"
                   f"{('P1', 'P2', 'P3', 'P3')[i % 4]},{('open', 'closed', 'awaiting parts', 'closed')[(i * 5) % 4]},"
                   f"{('Hartley Plumbing', 'in-house', 'BrightSpark Ltd', 'in-house')[i % 4]}")
    return "\n".join(out)
