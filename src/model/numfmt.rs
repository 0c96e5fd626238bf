//! Numbers as each language writes them.
//!
//! Indonesian prose uses a decimal comma and a thousands point ("10.000 tugas", "1,93×");
//! English the reverse. Link parameters and code always keep plain ASCII digits, so this
//! module is only for text a person reads.

use super::lang::Lang;

/// `value` with `decimals` digits after the separator, grouped by thousands.
///
/// Non-finite values are written as "–" rather than "NaN", which would mean nothing to a learner.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let (group, point) = match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    };
    let plain = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match plain.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (plain.as_str(), None),
    };
    let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 1);
    // A value that rounds to zero is written without a minus sign ("-0" reads as an error).
    if value < 0.0 && plain.bytes().any(|b| matches!(b, b'1'..=b'9')) {
        out.push('-');
    }
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if let Some(frac) = frac_part {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// A whole number: `integer(Lang::Id, 10000)` is "10.000".
pub fn integer(lang: Lang, value: u64) -> String {
    number(lang, value as f64, 0)
}

/// A duration in milliseconds, with one decimal below 10 ms where it matters.
pub fn millis(lang: Lang, ms: f64) -> String {
    let decimals = if ms.abs() < 10.0 { 1 } else { 0 };
    format!("{} ms", number(lang, ms, decimals))
}

/// A speedup ratio as the glossary writes it: "1,93×".
pub fn ratio(lang: Lang, value: f64) -> String {
    format!("{}×", number(lang, value, 2))
}

/// A fraction as a percentage, with no space before the sign (KBBI style, also usual in
/// English): `percent(Lang::Id, 0.123, 1)` is "12,3%".
pub fn percent(lang: Lang, fraction: f64, decimals: usize) -> String {
    format!("{}%", number(lang, fraction * 100.0, decimals))
}

/// A plain ASCII decimal number (`12`, `-0.5`, `.5`, `1e3`, as in links, forms and the
/// Celery nodes' lines), or `None` for anything else, infinities and NaN included.
///
/// The result is the nearest `f64` (as `str::parse` gives) whenever the number has at most 19
/// significant digits and its last one is within 27 places of the point, which covers every
/// number the app writes (Rust's shortest round-trip form has at most 17 digits); beyond that
/// it is within a few units in the last place. Our own reader rather than `str::parse::<f64>`,
/// whose correctly rounded algorithm carries a 10 KB table into the wasm (issue 12).
pub fn parse(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, mut i) = match bytes.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    // Up to 19 significant digits in `mantissa`, the rest only move the decimal point.
    let (mut mantissa, mut digits, mut exp, mut seen) = (0u64, 0u32, 0i64, false);
    let mut point = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                seen = true;
                if mantissa == 0 && b == b'0' {
                    // Not significant (yet): only its place counts.
                    exp -= i64::from(point);
                } else if digits < 19 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    digits += 1;
                    exp -= i64::from(point);
                } else {
                    // Past the 19th digit: dropped, and before the point it still counts
                    // as a place.
                    exp += i64::from(!point);
                }
            }
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if !seen {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        i += 1;
        let (sign, start) = match bytes.get(i) {
            Some(b'-') => (-1, i + 1),
            Some(b'+') => (1, i + 1),
            _ => (1, i),
        };
        i = start;
        let mut e: i64 = 0;
        while let Some(&b @ b'0'..=b'9') = bytes.get(i) {
            e = (e * 10 + i64::from(b - b'0')).min(100_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp += sign * e;
    }
    if i != bytes.len() {
        return None;
    }
    let value = scale(mantissa, exp);
    Some(if negative { -value } else { value }).filter(|v| v.is_finite())
}

/// `mantissa × 10^exp`, correctly rounded when |exp| ≤ 27: 10^k is 5^k·2^k, 5^27 < 2^63,
/// and the powers of two scale exactly.
fn scale(mantissa: u64, exp: i64) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let m = u128::from(mantissa);
    if (0..=27).contains(&exp) {
        // Below 2^127: exact, and the conversion rounds once.
        return (m * 5u128.pow(exp as u32)) as f64 * 2f64.powi(exp as i32);
    }
    if (-27..0).contains(&exp) {
        // m / 5^k rounded once: the quotient of m·2^s (below 2^127) by 5^k (below 2^63) has 64
        // bits or more; the remainder stays as a sticky bit below them; the conversion rounds.
        let d = 5u128.pow((-exp) as u32);
        let s = m.leading_zeros() - 1;
        let n = m << s;
        let q = ((n / d) << 1) | u128::from(n % d != 0);
        return q as f64 * 2f64.powi(exp as i32 - s as i32 - 1);
    }
    // Far outside what the app writes: near enough.
    mantissa as f64 * 10f64.powi(exp.clamp(-400, 400) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_reads_plain_decimals_exactly_as_std_does() {
        for text in [
            "0",
            "-0",
            "12",
            "+7",
            "0.5",
            ".5",
            "5.",
            "-12.25",
            "0.1",
            "0.2",
            "0.30000000000000004",
            "1e3",
            "1E-3",
            "2.5e+2",
            "123456789012345678",
            "9007199254740993",
            "0.000123",
            "1234.5678901234567",
            "99999999999999999999",
            "1e19",
            "1e-19",
            "3.14159e-7",
            "00012.500",
            "1e27",
            "1e-27",
            "0.000000000123456789012345678",
        ] {
            let std: f64 = text.parse().unwrap();
            assert_eq!(parse(text), Some(std), "{text}");
        }
        // Beyond that, near enough.
        for text in ["1e99", "1e-300", "123456789012345678901234567890"] {
            let (ours, std) = (parse(text).unwrap(), text.parse::<f64>().unwrap());
            assert!(
                (ours - std).abs() <= std.abs() * 1e-14,
                "{text}: {ours} vs {std}"
            );
        }
        for bad in [
            "", "-", ".", "e3", "1e", "1e+", "1.2.3", "1,5", "inf", "NaN", " 1", "1 ", "0x10",
            "1e400",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn parse_reads_back_every_number_rust_writes() {
        // Rust's shortest round-trip form (and its `e` form), of values from 1e-9 to 1e10.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let magnitude = 10f64.powi((x % 19) as i32 - 9);
            let v = (1.0 + (x >> 11) as f64 / (1u64 << 53) as f64) * magnitude;
            for v in [v, -v, (v * 1000.0).round() / 1000.0] {
                let text = format!("{v}");
                assert_eq!(parse(&text), Some(v), "{text}");
                let text = format!("{v:e}");
                assert_eq!(parse(&text), Some(v), "{text}");
            }
        }
    }

    #[test]
    fn indonesian_uses_point_for_thousands_and_comma_for_decimals() {
        assert_eq!(integer(Lang::Id, 10_000), "10.000");
        assert_eq!(integer(Lang::Id, 1_234_567), "1.234.567");
        assert_eq!(number(Lang::Id, 1.934, 2), "1,93");
        assert_eq!(ratio(Lang::Id, 1.93), "1,93×");
        assert_eq!(percent(Lang::Id, 0.123, 1), "12,3%");
        assert_eq!(percent(Lang::En, 0.4, 0), "40%");
    }

    #[test]
    fn english_uses_comma_for_thousands_and_point_for_decimals() {
        assert_eq!(integer(Lang::En, 10_000), "10,000");
        assert_eq!(number(Lang::En, 1234.5, 1), "1,234.5");
    }

    #[test]
    fn small_and_odd_values() {
        assert_eq!(integer(Lang::Id, 0), "0");
        assert_eq!(integer(Lang::Id, 999), "999");
        assert_eq!(number(Lang::Id, -0.001, 1), "0,0");
        assert_eq!(number(Lang::En, -1500.0, 0), "-1,500");
        assert_eq!(number(Lang::Id, f64::NAN, 1), "–");
        assert_eq!(millis(Lang::Id, 4.26), "4,3 ms");
        assert_eq!(millis(Lang::Id, 1234.0), "1.234 ms");
    }
}
