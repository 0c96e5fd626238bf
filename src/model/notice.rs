//! What the reader is told about a link: one typed notice per thing not used as written,
//! and how many of them the page lists.
//!
//! The list is capped because a link is untrusted: its length is already bounded by the
//! decoder ([`super::link`]), but even 64 lines of "unknown parameter" bury the page. The
//! notices that say the link was cut come first, since they explain everything else.

/// Most notices listed one by one; more are summed up in one "and N more" line.
pub const MAX_NOTICE_LINES: usize = 5;

/// Something in a link that was not used as written.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkNotice {
    UnknownPage {
        given: String,
    },
    UnknownVersion {
        given: String,
    },
    UnknownLang {
        given: String,
    },
    UnknownKey {
        key: String,
    },
    Invalid {
        key: String,
        given: String,
    },
    Clamped {
        key: String,
        given: String,
        used: String,
    },
    Rounded {
        key: String,
        given: String,
        used: String,
    },
    /// The link was longer than [`MAX_LINK_BYTES`](super::link::MAX_LINK_BYTES); only its first `read` bytes were used.
    TooLong {
        read: usize,
    },
    /// The link held more than [`MAX_PAIRS`](super::link::MAX_PAIRS) pieces; only the first `read` were used.
    TooManyParams {
        read: usize,
    },
}

impl LinkNotice {
    /// Whether this notice says the link was cut: the reader must see it whatever else is
    /// listed, because it explains why the rest of the link seems to be missing.
    pub fn is_cut(&self) -> bool {
        matches!(
            self,
            LinkNotice::TooLong { .. } | LinkNotice::TooManyParams { .. }
        )
    }

    /// A stable name for tests and scripts (`data-kind` on the notice's line).
    pub fn kind(&self) -> &'static str {
        match self {
            LinkNotice::UnknownPage { .. } => "unknown-page",
            LinkNotice::UnknownVersion { .. } => "unknown-version",
            LinkNotice::UnknownLang { .. } => "unknown-lang",
            LinkNotice::UnknownKey { .. } => "unknown-key",
            LinkNotice::Invalid { .. } => "invalid",
            LinkNotice::Clamped { .. } => "clamped",
            LinkNotice::Rounded { .. } => "rounded",
            LinkNotice::TooLong { .. } => "too-long",
            LinkNotice::TooManyParams { .. } => "too-many",
        }
    }
}

/// The notices a reader is shown, cut notices first, and how many are only counted.
///
/// At most [`MAX_NOTICE_LINES`] are listed; when only one more would remain it is listed
/// too, since a line "and 1 more" costs as much as the notice itself. So the page never
/// shows more than `MAX_NOTICE_LINES + 1` lines, whatever the link held.
pub fn notice_lines(notices: &[LinkNotice]) -> (Vec<&LinkNotice>, usize) {
    let limit = if notices.len() <= MAX_NOTICE_LINES + 1 {
        notices.len()
    } else {
        MAX_NOTICE_LINES
    };
    let cut = notices.iter().filter(|n| n.is_cut());
    let rest = notices.iter().filter(|n| !n.is_cut());
    let listed: Vec<&LinkNotice> = cut.chain(rest).take(limit).collect();
    let more = notices.len() - listed.len();
    (listed, more)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::link::MAX_PAIRS;

    #[test]
    fn the_page_lists_a_few_notices_cut_notices_first() {
        let unknown = |i: usize| LinkNotice::UnknownKey {
            key: format!("k{i}"),
        };
        let mut notices: Vec<LinkNotice> = (0..40).map(unknown).collect();
        notices.push(LinkNotice::TooManyParams { read: MAX_PAIRS });
        let (listed, more) = notice_lines(&notices);
        assert_eq!(listed.len(), MAX_NOTICE_LINES);
        assert_eq!(more, notices.len() - MAX_NOTICE_LINES);
        assert!(listed[0].is_cut());
        assert_eq!(listed[1], &unknown(0), "the rest keep link order");
        // One left over is listed, not counted: "and 1 more" says less than the notice.
        let six: Vec<LinkNotice> = (0..MAX_NOTICE_LINES + 1).map(unknown).collect();
        assert_eq!(notice_lines(&six), (six.iter().collect(), 0));
        assert_eq!(notice_lines(&[]), (vec![], 0));
    }
}
