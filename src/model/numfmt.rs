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

#[cfg(test)]
mod tests {
    use super::*;

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
