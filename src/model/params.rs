//! Typed page parameters and how each one is bounded, parsed and written in a link.
//!
//! Every page's parameters are one plain struct declared with [`params!`]: the macro
//! writes the struct, its defaults and a [`ParamSpec`] table. The table is what the share-link
//! codec, the parameter form and the tests loop over, so adding a parameter is one line.

/// How a parameter's value is bounded and written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// A number in `min..=max` on a grid of `step` (1 for whole numbers).
    Number { min: f64, max: f64, step: f64 },
    /// On (`1`) or off (`0`).
    Toggle,
    /// One of a fixed list of names; the value is the index into it.
    Choice(&'static [&'static str]),
}

impl Kind {
    /// A whole number in `min..=max`.
    pub const fn int(min: u32, max: u32) -> Kind {
        Kind::Number {
            min: min as f64,
            max: max as f64,
            step: 1.0,
        }
    }

    /// A decimal number in `min..=max`, rounded to `step`.
    pub const fn decimal(min: f64, max: f64, step: f64) -> Kind {
        Kind::Number { min, max, step }
    }
}

/// One parameter of a page: its link key (also the form field's `name`), its kind, and the
/// section of the page whose own form shows it (`None`: the page's main form).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamSpec {
    pub key: &'static str,
    pub kind: Kind,
    /// Declared with the parameter (`=> Kind::Toggle, in "race"`): the threading page's race
    /// lab has its own form, for instance.
    pub section: Option<&'static str>,
}

/// What happened to a link value on its way into a typed parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum Parsed {
    /// Taken as given.
    Exact(f64),
    /// Outside the range: the nearest bound is used.
    Clamped(f64),
    /// Between two steps: the nearest step is used.
    Rounded(f64),
    /// Not a value of this kind at all: the parameter keeps its default.
    Invalid,
}

impl ParamSpec {
    /// The section this parameter belongs to, if any.
    pub fn section(&self) -> Option<&'static str> {
        self.section
    }

    /// Parse a raw link value. Never panics, whatever the input.
    pub fn parse(&self, raw: &str) -> Parsed {
        let raw = raw.trim();
        match self.kind {
            Kind::Number { min, max, step } => {
                let Some(value) = super::numfmt::parse(raw) else {
                    return Parsed::Invalid;
                };
                if !value.is_finite() {
                    return Parsed::Invalid;
                }
                if value < min || value > max {
                    return Parsed::Clamped(value.clamp(min, max));
                }
                let snapped = snap(value, min, step).clamp(min, max);
                if snapped == value {
                    Parsed::Exact(value)
                } else {
                    Parsed::Rounded(snapped)
                }
            }
            Kind::Toggle => match raw.to_ascii_lowercase().as_str() {
                "1" | "true" | "on" | "ya" | "yes" => Parsed::Exact(1.0),
                "0" | "false" | "off" | "tidak" | "no" => Parsed::Exact(0.0),
                _ => Parsed::Invalid,
            },
            Kind::Choice(names) => names
                .iter()
                .position(|n| n.eq_ignore_ascii_case(raw))
                .map_or(Parsed::Invalid, |i| Parsed::Exact(i as f64)),
        }
    }

    /// Write a value as it appears in a link and in the form: plain ASCII, no grouping.
    pub fn format(&self, value: f64) -> String {
        match self.kind {
            Kind::Number { .. } => plain_number(value),
            Kind::Toggle => if value != 0.0 { "1" } else { "0" }.to_string(),
            Kind::Choice(names) => names
                .get(value as usize)
                .or(names.first())
                .copied()
                .unwrap_or_default()
                .to_string(),
        }
    }

    /// Bring any value into this parameter's range and grid.
    pub fn normalize(&self, value: f64) -> f64 {
        match self.kind {
            Kind::Number { min, max, step } if value.is_finite() => {
                snap(value.clamp(min, max), min, step).clamp(min, max)
            }
            Kind::Number { min, .. } => min,
            Kind::Toggle => f64::from(value != 0.0),
            Kind::Choice(names) => {
                let last = names.len().saturating_sub(1) as f64;
                if value.is_finite() {
                    value.round().clamp(0.0, last)
                } else {
                    0.0
                }
            }
        }
    }
}

fn snap(value: f64, origin: f64, step: f64) -> f64 {
    if step > 0.0 {
        origin + ((value - origin) / step).round() * step
    } else {
        value
    }
}

/// The shortest plain decimal that reads back as the same value ("5", "0.5", "12.25").
pub fn plain_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        super::numfmt::shortest(value)
    }
}

/// A page's parameters as one typed value. Implemented by [`params!`].
pub trait Params: Clone + PartialEq + Default + std::fmt::Debug + 'static {
    /// Every parameter, in the order of the form and the link.
    const SPECS: &'static [ParamSpec];
    /// The value of `key` as a number (a choice's index, a toggle's 0/1).
    fn get(&self, key: &str) -> Option<f64>;
    /// Set `key`, normalizing the value into its range first. Unknown keys are ignored.
    fn set(&mut self, key: &str, value: f64);

    fn spec(key: &str) -> Option<&'static ParamSpec> {
        Self::SPECS.iter().find(|s| s.key == key)
    }
}

/// `params` as its values in `P::SPECS` order (each normalized, so [`from_values`] gives
/// `params` back).
pub fn to_values<P: Params>(params: &P) -> Vec<f64> {
    P::SPECS
        .iter()
        .map(|s| params.get(s.key).unwrap_or_default())
        .collect()
}

/// The parameters whose values, in `P::SPECS` order, are `values` (missing ones default).
pub fn from_values<P: Params>(values: &[f64]) -> P {
    let mut params = P::default();
    for (spec, &value) in P::SPECS.iter().zip(values) {
        params.set(spec.key, value);
    }
    params
}

/// A field type that can live in a [`Params`] struct.
pub trait ParamValue: Copy {
    fn to_f64(self) -> f64;
    /// Only ever called with a value already normalized by its [`ParamSpec`].
    fn from_f64(value: f64) -> Self;
}

impl ParamValue for u32 {
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
    fn from_f64(value: f64) -> Self {
        value as u32
    }
}

impl ParamValue for f64 {
    fn to_f64(self) -> f64 {
        self
    }
    fn from_f64(value: f64) -> Self {
        value
    }
}

impl ParamValue for bool {
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
    fn from_f64(value: f64) -> Self {
        value != 0.0
    }
}

/// Declare a page's parameters: the struct, its defaults and its [`ParamSpec`] table.
///
/// ```
/// use lab_konkurensi::model::params::{Kind, Params};
///
/// lab_konkurensi::params! {
///     /// Parameters of a small demo.
///     pub struct DemoParams {
///         /// Number of coroutines.
///         tasks: u32 = 10 => Kind::int(1, 100_000),
///     }
/// }
///
/// let mut p = DemoParams::default();
/// p.set("tasks", 1e99);
/// assert_eq!(p.tasks, 100_000);
/// assert_eq!(DemoParams::SPECS[0].key, "tasks");
/// ```
#[macro_export]
macro_rules! params {
    (@section) => { None };
    (@section $section:literal) => { Some($section) };
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty = $default:expr => $kind:expr $(; in $section:literal)? ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct $name {
            $( $(#[$fmeta])* pub $field: $ty, )*
        }

        impl Default for $name {
            fn default() -> Self {
                Self { $( $field: $default, )* }
            }
        }

        impl $crate::model::params::Params for $name {
            const SPECS: &'static [$crate::model::params::ParamSpec] = &[
                $( $crate::model::params::ParamSpec {
                    key: stringify!($field),
                    kind: $kind,
                    section: $crate::params!(@section $($section)?),
                }, )*
            ];

            fn get(&self, key: &str) -> Option<f64> {
                match key {
                    $( stringify!($field) => Some($crate::model::params::ParamValue::to_f64(self.$field)), )*
                    _ => None,
                }
            }

            // An empty parameter list (Beranda) leaves `value` unused.
            #[allow(unused_variables)]
            fn set(&mut self, key: &str, value: f64) {
                let Some(spec) = <Self as $crate::model::params::Params>::spec(key) else {
                    return;
                };
                let value = spec.normalize(value);
                match key {
                    $( stringify!($field) => self.$field = $crate::model::params::ParamValue::from_f64(value), )*
                    _ => {}
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    const TASKS: ParamSpec = ParamSpec {
        key: "tasks",
        kind: Kind::int(1, 100),
        section: None,
    };
    const SWITCH: ParamSpec = ParamSpec {
        key: "switch_ms",
        kind: Kind::decimal(0.5, 100.0, 0.5),
        section: None,
    };

    #[test]
    fn numbers_parse_clamp_and_round() {
        assert_eq!(TASKS.parse("7"), Parsed::Exact(7.0));
        assert_eq!(TASKS.parse(" 7 "), Parsed::Exact(7.0));
        assert_eq!(TASKS.parse("1e99"), Parsed::Clamped(100.0));
        assert_eq!(TASKS.parse("-5"), Parsed::Clamped(1.0));
        assert_eq!(TASKS.parse("2.4"), Parsed::Rounded(2.0));
        assert_eq!(TASKS.parse("abc"), Parsed::Invalid);
        assert_eq!(TASKS.parse("NaN"), Parsed::Invalid);
        assert_eq!(TASKS.parse("inf"), Parsed::Invalid);
        assert_eq!(TASKS.parse(""), Parsed::Invalid);
        assert_eq!(SWITCH.parse("0.5"), Parsed::Exact(0.5));
        assert_eq!(SWITCH.parse("5.2"), Parsed::Rounded(5.0));
    }

    #[test]
    fn toggles_and_choices() {
        let gil = ParamSpec {
            key: "gil",
            kind: Kind::Toggle,
            section: None,
        };
        assert_eq!(gil.parse("0"), Parsed::Exact(0.0));
        assert_eq!(gil.parse("true"), Parsed::Exact(1.0));
        assert_eq!(gil.parse("2"), Parsed::Invalid);
        let kernel = ParamSpec {
            key: "kernel",
            kind: Kind::Choice(&["primes", "mandelbrot"]),
            section: None,
        };
        assert_eq!(kernel.parse("Mandelbrot"), Parsed::Exact(1.0));
        assert_eq!(kernel.parse("zip"), Parsed::Invalid);
        assert_eq!(kernel.format(1.0), "mandelbrot");
        assert_eq!(kernel.normalize(9.0), 1.0);
    }

    #[test]
    fn formatting_is_plain_ascii() {
        assert_eq!(TASKS.format(10000.0), "10000");
        assert_eq!(SWITCH.format(0.5), "0.5");
        assert_eq!(SWITCH.format(5.0), "5");
    }
}
