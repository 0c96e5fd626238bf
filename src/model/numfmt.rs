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
    let plain = fixed(value.abs(), decimals);
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
/// number the app writes (Rust's shortest round-trip form has at most 17 digits), and for any
/// whole number however long (so a file's 309-digit `f64::MAX` reads back exactly); a number
/// with more digits after the point is within a few units in the last place. Our own reader rather than `str::parse::<f64>`,
/// whose correctly rounded algorithm carries a 10 KB table into the wasm (issue 12).
pub fn parse(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, mut i) = match bytes.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    // Up to 19 significant digits in `mantissa`, the rest only move the decimal point; all of
    // them in `all`, worth `all × 10^exp_all`, for a long whole number.
    let (mut mantissa, mut digits, mut exp, mut seen) = (0u64, 0u32, 0i64, false);
    let (mut all, mut exp_all) = (Vec::new(), 0i64);
    let mut point = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                seen = true;
                if mantissa == 0 && b == b'0' {
                    // Not significant (yet): only its place counts.
                    exp -= i64::from(point);
                    exp_all -= i64::from(point);
                    i += 1;
                    continue;
                }
                if all.len() < MAX_DIGITS {
                    all.push(b - b'0');
                    exp_all -= i64::from(point);
                } else {
                    exp_all += i64::from(!point);
                }
                if digits < 19 {
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
        exp_all += sign * e;
    }
    if i != bytes.len() {
        return None;
    }
    // Every digit kept and the point near: exact below; else a whole number: exact too.
    let fast = all.len() <= 19 && (-27..=27).contains(&exp);
    let value = if !fast && exp_all >= 0 {
        whole(&all, exp_all)
    } else {
        scale(mantissa, exp)
    };
    Some(if negative { -value } else { value }).filter(|v| v.is_finite())
}

/// Digits kept for a long whole number: more than `f64::MAX` has.
const MAX_DIGITS: usize = 400;

/// The nearest `f64` to the whole number `digits × 10^exp` (digits most significant first),
/// exactly rounded: the number in 32-bit limbs, its top 64 bits rounded once.
fn whole(digits: &[u8], exp: i64) -> f64 {
    if digits.is_empty() {
        return 0.0;
    }
    if digits.len() as i64 + exp > MAX_DIGITS as i64 {
        return f64::INFINITY;
    }
    let mut limbs: Vec<u32> = Vec::new();
    let mul_add = |limbs: &mut Vec<u32>, add: u32| {
        let mut carry = u64::from(add);
        for limb in limbs.iter_mut() {
            let x = u64::from(*limb) * 10 + carry;
            *limb = x as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            limbs.push(carry as u32);
        }
    };
    for &d in digits {
        mul_add(&mut limbs, u32::from(d));
    }
    for _ in 0..exp {
        mul_add(&mut limbs, 0);
    }
    while limbs.last() == Some(&0) {
        limbs.pop();
    }
    let Some(&top) = limbs.last() else {
        return 0.0;
    };
    let bits = 32 * (limbs.len() as u32 - 1) + (32 - top.leading_zeros());
    let bit = |k: u32| limbs[(k / 32) as usize] >> (k % 32) & 1 == 1;
    if bits <= 64 {
        return (0..bits).fold(0u64, |acc, k| acc | u64::from(bit(k)) << k) as f64;
    }
    // The top 64 bits, and whether any bit below them is set: one rounding, to nearest even.
    let low = bits - 64;
    let top64 = (low..bits).fold(0u64, |acc, k| acc | u64::from(bit(k)) << (k - low));
    let sticky = (0..low).any(bit);
    (top64 | u64::from(sticky)) as f64 * 2f64.powi(low as i32)
}

/// `value` with exactly `decimals` digits after a `.`: what `format!("{value:.decimals$}")`
/// writes (the exact binary value rounded, ties to even; `NaN`, `inf`, a `-` on negatives and
/// on -0), for data attributes, CSS and files. Exact up to 17 decimals, at any size; past
/// 17 decimals the extra places are zeros. Our own writer rather than `core::fmt`'s
/// float formatting, whose algorithms and tables cost the wasm about 10 KB (issue 12).
pub fn fixed(value: f64, decimals: usize) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    let mut out = String::new();
    if value.is_sign_negative() {
        out.push('-');
    }
    if value.is_infinite() {
        out.push_str("inf");
        return out;
    }
    // value = m · 2^e exactly, so value · 10^d = m · 5^d · 2^(e + d), with m < 2^53 and
    // 5^d < 2^40 (d ≤ 17): the product fits a u128, and the power of two is a shift.
    let d = decimals.min(17);
    let bits = value.abs().to_bits();
    let (biased, fraction) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    let (m, e) = match biased {
        0 => (fraction, -1074),
        _ => (fraction | 1 << 52, biased - 1075),
    };
    let n = u128::from(m) * 5u128.pow(d as u32);
    let shift = e + d as i32;
    let mut digits = if shift >= 0 {
        match n.checked_shl(shift as u32).filter(|x| x >> shift == n) {
            Some(whole) => decimal(whole),
            // Beyond 2^128 (above 10^38 or so): the same whole number, in base 10^9 limbs.
            None => big_decimal(n, shift as u32),
        }
    } else {
        let down = shift.unsigned_abs();
        let (q, rem, half) = if down >= 128 {
            (0, n, None)
        } else {
            (
                n >> down,
                n & ((1u128 << down) - 1),
                Some(1u128 << (down - 1)),
            )
        };
        let up = half.is_some_and(|h| rem > h || (rem == h && q % 2 == 1));
        decimal(q + u128::from(up))
    };
    if d > 0 {
        if digits.len() <= d {
            digits.insert_str(0, &"0".repeat(d + 1 - digits.len()));
        }
        digits.insert(digits.len() - d, '.');
    }
    out.push_str(&digits);
    out.push_str(&"0".repeat(decimals - d));
    out
}

/// The decimal digits of `n` (a few lines rather than `u128`'s `Display`).
fn decimal(mut n: u128) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

/// The decimal digits of `n · 2^shift`, exactly, for numbers past `u128`.
fn big_decimal(n: u128, shift: u32) -> String {
    const BASE: u64 = 1_000_000_000;
    // Little-endian limbs below 10^9.
    let mut limbs: Vec<u64> = Vec::new();
    let mut rest = n;
    while rest > 0 {
        limbs.push((rest % u128::from(BASE)) as u64);
        rest /= u128::from(BASE);
    }
    let mut left = shift;
    while left > 0 {
        // 2^29 · (10^9 - 1) + carry stays below 2^64.
        let k = left.min(29);
        let mut carry = 0u64;
        for limb in limbs.iter_mut() {
            let x = (*limb << k) + carry;
            *limb = x % BASE;
            carry = x / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
        left -= k;
    }
    let mut out = String::new();
    for (i, limb) in limbs.iter().rev().enumerate() {
        let digits = decimal(u128::from(*limb));
        if i > 0 {
            out.push_str(&"0".repeat(9 - digits.len()));
        }
        out.push_str(&digits);
    }
    if out.is_empty() {
        out.push('0');
    }
    out
}

/// The shortest plain decimal that reads back as exactly `value`: what `format!("{value}")`
/// writes for any number with at most 17 places after the point (links, programs and trace
/// files write nothing finer), without
/// `core::fmt`'s float formatting (see [`fixed`]).
pub fn shortest(value: f64) -> String {
    if !value.is_finite() {
        return fixed(value, 0);
    }
    for d in 0..=17 {
        let text = fixed(value, d);
        if parse(&text) == Some(value) || (value == 0.0 && d == 0) {
            return text;
        }
    }
    fixed(value, 17)
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
        // Whole numbers of any length, exactly.
        for text in [
            "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
            "1e308",
            "1.7976931348623157e308",
            "123456789012345678901234567890",
            "9007199254740993000000000000000000001",
        ] {
            let std: f64 = text.parse().unwrap();
            assert_eq!(parse(text), Some(std), "{text}");
        }
        assert_eq!(parse("1e309"), None);
        // Beyond that, near enough.
        for text in [
            "1e-300",
            "0.000000000000000000000000000000123456789012345678901",
        ] {
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
    #[test]
    fn fixed_writes_what_format_writes() {
        let values = [
            0.0,
            -0.0,
            0.25,
            0.5,
            1.5,
            2.5,
            0.125,
            0.375,
            1.005,
            2.675,
            123.456,
            -0.04,
            1e21,
            5e-324,
            3.4e20,
            0.1,
            0.30000000000000004,
            1234.5678,
            99.95,
            -2.5,
        ];
        for v in values {
            for d in 0..=17 {
                assert_eq!(fixed(v, d), format!("{v:.d$}"), "{v} with {d}");
            }
        }
        for v in [f64::MAX, -f64::MAX, 1e300, 3.4e38, 2f64.powi(128)] {
            assert_eq!(fixed(v, 2), format!("{v:.2}"), "{v}");
        }
        assert_eq!(fixed(f64::NAN, 2), format!("{:.2}", f64::NAN));
        assert_eq!(fixed(f64::INFINITY, 1), format!("{:.1}", f64::INFINITY));
        assert_eq!(
            fixed(f64::NEG_INFINITY, 0),
            format!("{:.0}", f64::NEG_INFINITY)
        );
    }

    #[test]
    fn shortest_writes_what_display_writes() {
        for v in [
            0.0,
            -0.0,
            0.1,
            0.2,
            0.30000000000000004,
            1.5,
            1e21,
            1e-7,
            123.25,
            -7.0,
            0.05,
            1e15,
            123456.789,
            1.25e-15,
        ] {
            assert_eq!(shortest(v), format!("{v}"), "{v}");
        }
    }
}

/// Properties over any number. Native only: proptest is not built for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;

    proptest::proptest! {
        #[test]
        fn fixed_matches_format_on_any_number(bits in proptest::prelude::any::<u64>(), d in 0usize..=8) {
            let v = f64::from_bits(bits);
            proptest::prop_assert_eq!(fixed(v, d), format!("{v:.d$}"));
        }

        #[test]
        fn shortest_matches_display_on_the_grid_values_take(k in -1_000_000_000i64..1_000_000_000, places in 0u32..7) {
            let v = k as f64 / 10f64.powi(places as i32);
            proptest::prop_assert_eq!(shortest(v), format!("{v}"));
        }

        #[test]
        fn shortest_reads_back_as_the_same_number(v in -1e12f64..1e12) {
            proptest::prop_assert_eq!(parse(&shortest(v)), Some(v));
        }
    }
}
