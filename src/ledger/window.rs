//! Fixed UTC windows. Month is the calendar month, computed with Howard
//! Hinnant's `days_from_civil` / `civil_from_days` (no date crate in a wasm
//! filter). Inputs are Unix seconds, so every date here is on or after
//! 1970-01-01 and all arithmetic stays unsigned.

use serde::Deserialize;

const MINUTE: u64 = 60;
const HOUR: u64 = 3_600;
const DAY: u64 = 86_400;

/// Days from 0000-03-01 to 1970-01-01 in Hinnant's shifted calendar.
const EPOCH_SHIFT: u64 = 719_468;
const DAYS_PER_ERA: u64 = 146_097;

#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Window {
    Minute,
    Hour,
    Day,
    Month,
}

impl Window {
    pub fn as_str(self) -> &'static str {
        match self {
            Window::Minute => "minute",
            Window::Hour => "hour",
            Window::Day => "day",
            Window::Month => "month",
        }
    }

    /// First second of the window containing `now_unix_secs`.
    pub fn start(self, now_unix_secs: u64) -> u64 {
        let now = now_unix_secs;
        match self {
            Window::Minute => now.saturating_sub(now % MINUTE),
            Window::Hour => now.saturating_sub(now % HOUR),
            Window::Day => now.saturating_sub(now % DAY),
            Window::Month => {
                let (y, m, _) = civil_from_days(now / DAY);
                days_from_civil(y, m, 1).saturating_mul(DAY)
            }
        }
    }

    /// First second after the window containing `now_unix_secs` (exclusive end).
    /// Saturates at `u64::MAX` for times no clock will reach.
    pub fn end(self, now_unix_secs: u64) -> u64 {
        let start = self.start(now_unix_secs);
        match self {
            Window::Minute => start.saturating_add(MINUTE),
            Window::Hour => start.saturating_add(HOUR),
            Window::Day => start.saturating_add(DAY),
            Window::Month => {
                let (y, m, _) = civil_from_days(now_unix_secs / DAY);
                let (ny, nm) = if m >= 12 {
                    (y.saturating_add(1), 1)
                } else {
                    (y, m.saturating_add(1))
                };
                days_from_civil(ny, nm, 1).saturating_mul(DAY)
            }
        }
    }

    /// Seconds until the window resets: the value for `retry-after`.
    pub fn seconds_left(self, now_unix_secs: u64) -> u64 {
        self.end(now_unix_secs).saturating_sub(now_unix_secs)
    }
}

/// Days since 1970-01-01 of the civil date (y >= 1970, m in 1..=12, d in 1..=31).
pub(crate) fn days_from_civil(y: u64, m: u64, d: u64) -> u64 {
    // The shifted year starts in March so the leap day is the last day of it.
    let y = if m <= 2 { y.saturating_sub(1) } else { y };
    let era = y / 400;
    let yoe = y.saturating_sub(era.saturating_mul(400)); // [0, 399]
    let mp = if m > 2 {
        m.saturating_sub(3)
    } else {
        m.saturating_add(9)
    }; // [0, 11], March = 0
    let doy = (mp.saturating_mul(153).saturating_add(2) / 5)
        .saturating_add(d)
        .saturating_sub(1); // [0, 365]
    let doe = yoe
        .saturating_mul(365)
        .saturating_add(yoe / 4)
        .saturating_sub(yoe / 100)
        .saturating_add(doy); // [0, 146096]
    era.saturating_mul(DAYS_PER_ERA)
        .saturating_add(doe)
        .saturating_sub(EPOCH_SHIFT)
}

/// Civil date (y, m, d) of a day count since 1970-01-01.
pub(crate) fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days.saturating_add(EPOCH_SHIFT);
    let era = z / DAYS_PER_ERA;
    let doe = z % DAYS_PER_ERA; // [0, 146096]
    let yoe = doe
        .saturating_sub(doe / 1_460)
        .saturating_add(doe / 36_524)
        .saturating_sub(doe / 146_096)
        / 365; // [0, 399]
    let doy = doe.saturating_sub(
        yoe.saturating_mul(365)
            .saturating_add(yoe / 4)
            .saturating_sub(yoe / 100),
    ); // [0, 365]
    let mp = doy.saturating_mul(5).saturating_add(2) / 153; // [0, 11]
    let d = doy
        .saturating_sub(mp.saturating_mul(153).saturating_add(2) / 5)
        .saturating_add(1);
    let m = if mp < 10 {
        mp.saturating_add(3)
    } else {
        mp.saturating_sub(9)
    };
    let y = yoe
        .saturating_add(era.saturating_mul(400))
        .saturating_add(u64::from(m <= 2));
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Unix seconds of a UTC date-time (`days_from_civil` is pinned to known
    /// timestamps in `civil_known_values`).
    fn ts(y: u64, m: u64, d: u64, hh: u64, mm: u64, ss: u64) -> u64 {
        days_from_civil(y, m, d) * DAY + hh * HOUR + mm * MINUTE + ss
    }

    #[test]
    fn civil_known_values() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(ts(2000, 3, 1, 0, 0, 0), 951_868_800);
        assert_eq!(ts(2024, 2, 29, 12, 0, 0), 1_709_208_000);
        assert_eq!(ts(2023, 12, 31, 23, 59, 59), 1_704_067_199);
        assert_eq!(ts(2100, 3, 1, 0, 0, 0), 4_107_542_400);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
    }

    #[test]
    fn civil_round_trip_every_day_1970_to_2500() {
        let last = days_from_civil(2500, 1, 1);
        let mut prev = (1969, 12, 31);
        for days in 0..last {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
            // Consecutive days: next day of month, or the 1st of the next month.
            let (py, pm, pd) = prev;
            if d == 1 {
                assert!((y == py && m == pm + 1) || (y == py + 1 && m == 1 && pm == 12));
            } else {
                assert_eq!((y, m, d), (py, pm, pd + 1));
            }
            prev = (y, m, d);
        }
    }

    #[test]
    fn minute_hour_day() {
        let t = ts(2024, 5, 17, 13, 45, 30);
        assert_eq!(Window::Minute.start(t), ts(2024, 5, 17, 13, 45, 0));
        assert_eq!(Window::Minute.end(t), ts(2024, 5, 17, 13, 46, 0));
        assert_eq!(Window::Minute.seconds_left(t), 30);
        assert_eq!(Window::Hour.start(t), ts(2024, 5, 17, 13, 0, 0));
        assert_eq!(Window::Hour.end(t), ts(2024, 5, 17, 14, 0, 0));
        assert_eq!(Window::Day.start(t), ts(2024, 5, 17, 0, 0, 0));
        assert_eq!(Window::Day.end(t), ts(2024, 5, 18, 0, 0, 0));
        // Boundaries: the first second belongs to the window, the end is exclusive.
        let b = ts(2024, 5, 17, 0, 0, 0);
        for w in [Window::Minute, Window::Hour, Window::Day] {
            assert_eq!(w.start(b), b);
            assert_eq!(w.start(b - 1), w.start(b - 1));
            assert!(w.start(b - 1) < b && w.end(b - 1) == b);
        }
        assert_eq!(Window::Minute.seconds_left(b), 60);
        assert_eq!(Window::Day.seconds_left(b - 1), 1);
    }

    #[test]
    fn months() {
        let cases = [
            // (y, m, days in month)
            (2024, 1, 31),
            (2024, 2, 29), // leap: divisible by 4
            (2000, 2, 29), // leap: divisible by 400
            (2100, 2, 28), // not leap: divisible by 100
            (2023, 2, 28),
            (2023, 4, 30),
            (2023, 6, 30),
            (2023, 7, 31),
            (2023, 11, 30),
            (2023, 12, 31),
            (1970, 1, 31),
        ];
        for (y, m, len) in cases {
            let first = ts(y, m, 1, 0, 0, 0);
            let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            let next = ts(ny, nm, 1, 0, 0, 0);
            assert_eq!(next - first, len * DAY, "{y}-{m}");
            let last_second = next - 1;
            let mid = ts(y, m, len, 12, 0, 0);
            for t in [first, mid, last_second] {
                assert_eq!(Window::Month.start(t), first, "{y}-{m} at {t}");
                assert_eq!(Window::Month.end(t), next, "{y}-{m} at {t}");
            }
            assert_eq!(Window::Month.seconds_left(last_second), 1);
            assert_eq!(Window::Month.start(next), next);
        }
    }

    #[test]
    fn dec_to_jan() {
        let last = ts(2023, 12, 31, 23, 59, 59);
        assert_eq!(last, 1_704_067_199);
        assert_eq!(Window::Month.start(last), ts(2023, 12, 1, 0, 0, 0));
        assert_eq!(Window::Month.end(last), 1_704_067_200);
        assert_eq!(Window::Month.start(last + 1), 1_704_067_200);
        assert_eq!(Window::Month.end(last + 1), ts(2024, 2, 1, 0, 0, 0));
        assert_eq!(Window::Day.end(last), 1_704_067_200);
    }

    #[test]
    fn extremes_do_not_panic() {
        for w in [Window::Minute, Window::Hour, Window::Day, Window::Month] {
            let _ = w.start(u64::MAX);
            assert!(w.end(u64::MAX) >= w.start(u64::MAX));
            assert_eq!(w.start(0), 0);
        }
        assert_eq!(Window::Minute.end(u64::MAX), u64::MAX);
    }

    #[test]
    fn deserializes_snake_case() {
        let w: Window = serde_json::from_str("\"month\"").unwrap();
        assert_eq!(w, Window::Month);
        assert!(serde_json::from_str::<Window>("\"Month\"").is_err());
    }
}
