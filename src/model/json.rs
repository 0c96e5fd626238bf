//! Just enough JSON for trace files: a value type, a writer for strings, and a parser with
//! bounds, because a trace file the reader opens is untrusted input.

use std::fmt::Write;

use crate::model::numfmt;

/// A parsed JSON value. Objects keep their keys in file order.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Value>),
    Obj(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Num(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Arr(items) => Some(items),
            _ => None,
        }
    }
}

/// Why a file is not JSON we can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// Bigger than [`MAX_BYTES`].
    TooBig,
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Not JSON: the byte offset where reading stopped.
    Syntax(usize),
}

/// Largest text [`parse`] reads. A capped recording exports about 3 MB; a parsed file can
/// take 8 bytes of memory per byte of text on wasm32 (`[0,0,0,…]`, twice that while its list
/// grows), and the page's memory has a 1 GB ceiling shared with everything else.
pub const MAX_BYTES: usize = 8 << 20;
/// Deepest nesting [`parse`] follows (a trace file nests four levels).
pub const MAX_DEPTH: usize = 32;

/// Parse `text` as one JSON value.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    if text.len() > MAX_BYTES {
        return Err(JsonError::TooBig);
    }
    let mut p = Parser {
        s: text.as_bytes(),
        at: 0,
    };
    let value = p.value(0)?;
    p.space();
    if p.at != p.s.len() {
        return Err(JsonError::Syntax(p.at));
    }
    Ok(value)
}

/// Append `s` to `out` as a JSON string literal.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Append `n` as a JSON number (JSON has no NaN or infinity: they are written as 0).
pub fn write_num(out: &mut String, n: f64) {
    if n.is_finite() {
        out.push_str(&numfmt::shortest(n));
    } else {
        out.push('0');
    }
}

struct Parser<'a> {
    s: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn err<T>(&self) -> Result<T, JsonError> {
        Err(JsonError::Syntax(self.at))
    }

    fn space(&mut self) {
        while matches!(self.s.get(self.at), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &[u8]) -> bool {
        if self.s[self.at..].starts_with(word) {
            self.at += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        if depth > MAX_DEPTH {
            return Err(JsonError::TooDeep);
        }
        self.space();
        match self.s.get(self.at) {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ if self.eat(b"true") => Ok(Value::Bool(true)),
            _ if self.eat(b"false") => Ok(Value::Bool(false)),
            _ if self.eat(b"null") => Ok(Value::Null),
            _ => self.err(),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.at += 1;
        let mut members = Vec::new();
        self.space();
        if self.eat(b"}") {
            return Ok(Value::Obj(members));
        }
        loop {
            self.space();
            if self.s.get(self.at) != Some(&b'"') {
                return self.err();
            }
            let key = self.string()?;
            self.space();
            if !self.eat(b":") {
                return self.err();
            }
            members.push((key, self.value(depth + 1)?));
            self.space();
            if self.eat(b"}") {
                return Ok(Value::Obj(members));
            }
            if !self.eat(b",") {
                return self.err();
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.eat(b"]") {
            return Ok(Value::Arr(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.space();
            if self.eat(b"]") {
                return Ok(Value::Arr(items));
            }
            if !self.eat(b",") {
                return self.err();
            }
        }
    }

    fn number(&mut self) -> Result<Value, JsonError> {
        let start = self.at;
        while matches!(
            self.s.get(self.at),
            Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
        ) {
            self.at += 1;
        }
        // JSON's own form starts with `-` or a digit; `numfmt::parse` also reads `+1` and
        // `.5`, and is ours rather than `str::parse::<f64>`, whose table costs 10 KB of wasm.
        std::str::from_utf8(&self.s[start..self.at])
            .ok()
            .filter(|t| !t.starts_with(['+', '.']))
            .and_then(numfmt::parse)
            .map(Value::Num)
            .ok_or(JsonError::Syntax(start))
    }

    /// Four hex digits, exactly (`from_str_radix` alone would take a sign).
    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .s
            .get(self.at..self.at + 4)
            .filter(|d| d.iter().all(u8::is_ascii_hexdigit))
            .ok_or(JsonError::Syntax(self.at))?;
        let text = std::str::from_utf8(digits).map_err(|_| JsonError::Syntax(self.at))?;
        let n = u32::from_str_radix(text, 16).map_err(|_| JsonError::Syntax(self.at))?;
        self.at += 4;
        Ok(n)
    }

    /// The character of a `\u` escape whose digits start at `self.at`. A surrogate pair is
    /// one character; half of one alone is U+FFFD (JSON text may hold it, a Rust string
    /// cannot), and what follows it is read on its own, as JavaScript reads it.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let hi = self.hex4()?;
        if (0xD800..0xDC00).contains(&hi) && self.s.get(self.at..self.at + 2) == Some(b"\\u") {
            let back = self.at;
            self.at += 2;
            match self.hex4() {
                Ok(lo @ 0xDC00..0xE000) => {
                    let code = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                    return Ok(char::from_u32(code).unwrap_or('\u{FFFD}'));
                }
                _ => self.at = back,
            }
        }
        Ok(char::from_u32(hi).unwrap_or('\u{FFFD}'))
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out = Vec::new();
        loop {
            match self.s.get(self.at) {
                None => return self.err(),
                Some(b'"') => {
                    self.at += 1;
                    return String::from_utf8(out).map_err(|_| JsonError::Syntax(self.at));
                }
                Some(b'\\') if self.s.get(self.at + 1) == Some(&b'u') => {
                    self.at += 2;
                    let c = self.unicode_escape()?;
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = match self.s.get(self.at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        _ => return self.err(),
                    };
                    self.at += 1;
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Some(&b) if b < 0x20 => return self.err(),
                Some(&b) => {
                    out.push(b);
                    self.at += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_a_trace_file_holds() {
        let v = parse(r#" {"a": [1, -2.5e3, true, null], "b": {"c": "x\"y\u00e9\n"}} "#).unwrap();
        assert_eq!(
            v.get("a").unwrap().as_array().unwrap(),
            &[
                Value::Num(1.0),
                Value::Num(-2500.0),
                Value::Bool(true),
                Value::Null
            ]
        );
        assert_eq!(
            v.get("b").unwrap().get("c").unwrap().as_str(),
            Some("x\"yé\n")
        );
    }

    #[test]
    fn strings_round_trip_through_the_writer() {
        for s in [
            "",
            "korutin 3",
            "tab\there",
            "\"quoted\" \\ back",
            "\u{1}",
            "😀 ü",
        ] {
            let mut out = String::new();
            write_str(&mut out, s);
            assert_eq!(parse(&out).unwrap(), Value::Str(s.to_string()), "{out}");
        }
        assert_eq!(parse(r#""\ud83d\ude00""#).unwrap(), Value::Str("😀".into()));
    }

    #[test]
    fn bad_input_is_an_error_never_a_panic() {
        for bad in [
            "",
            "{",
            "[1,",
            "{\"a\" 1}",
            "tru",
            "\"abc",
            "1e999",
            "[1]x",
            "\"\\u12\"",
            "{1:2}",
            "\"\\ud800\\u\"",
            "\"\\u+123\"",
            "-",
            "[,]",
            "+1",
            ".5",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert_eq!(parse(&deep), Err(JsonError::TooDeep));
    }
}
