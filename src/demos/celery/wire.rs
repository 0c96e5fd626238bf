//! What the page and a worker node say to each other, as one line of text per message.
//!
//! A node is a Web Worker with its own memory, so everything crosses `postMessage`; a line
//! of words is easy to read in the browser's console and to decode without a schema. The
//! node's JavaScript (`runtime/celery_node.js`) only splits a line into words: this module
//! is the one place that knows what the words mean, and it is tested natively.
//!
//! Decoding never panics: a line that does not parse is `None`, and the page ignores it.

use crate::model::celery::TaskId;
use crate::model::numfmt;

/// From the page (the broker's side) to one node.
#[derive(Clone, Debug, PartialEq)]
pub enum ToNode {
    /// Run one task body on child `child`: `io_ms` of waiting, then `cpu_units` of
    /// calibrated CPU work; the child decides with the seeded rule whether the run raises.
    Start {
        child: usize,
        run: u64,
        task: TaskId,
        /// `request.retries` of this run.
        retries: u32,
        /// I/O wait, in ms.
        io_ms: f64,
        /// CPU work, in units of the primes kernel.
        cpu_units: u64,
        seed: u32,
        fail_pct: u32,
    },
    /// SIGKILL child `child` (terminate its Web Worker) and start a replacement.
    Kill { child: usize },
    /// Measure the primes kernel's rate inside the node (when the page has no shared pool).
    Calibrate,
}

/// From a node to the page.
#[derive(Clone, Debug, PartialEq)]
pub enum FromNode {
    /// Every child is up; the node took `start_ms` from its script's start.
    Ready { children: usize, start_ms: f64 },
    /// A body ended. `raised`: it raised the retried error. Times measured in the child, ms.
    Done {
        child: usize,
        run: u64,
        raised: bool,
        io_ms: f64,
        cpu_ms: f64,
    },
    /// Child `child` was terminated; `run` is the body it was running, if any.
    Lost { child: usize, run: Option<u64> },
    /// The primes kernel's rate measured in the node, in units per ms.
    Rate(f64),
    /// The node or a child could not start; the browser's words.
    Failed(String),
}

impl ToNode {
    pub fn encode(&self) -> String {
        match self {
            ToNode::Start {
                child,
                run,
                task,
                retries,
                io_ms,
                cpu_units,
                seed,
                fail_pct,
            } => format!(
                "start {child} {run} {task} {retries} {} {cpu_units} {seed} {fail_pct}",
                numfmt::shortest(*io_ms)
            ),
            ToNode::Kill { child } => format!("kill {child}"),
            ToNode::Calibrate => "calibrate".into(),
        }
    }

    pub fn decode(line: &str) -> Option<ToNode> {
        let w: Vec<&str> = line.split_whitespace().collect();
        match w.as_slice() {
            ["start", child, run, task, retries, io, cpu, seed, pct] => Some(ToNode::Start {
                child: child.parse().ok()?,
                run: run.parse().ok()?,
                task: task.parse().ok()?,
                retries: retries.parse().ok()?,
                io_ms: finite(io)?,
                cpu_units: cpu.parse().ok()?,
                seed: seed.parse().ok()?,
                fail_pct: pct.parse().ok()?,
            }),
            ["kill", child] => Some(ToNode::Kill {
                child: child.parse().ok()?,
            }),
            ["calibrate"] => Some(ToNode::Calibrate),
            _ => None,
        }
    }
}

impl FromNode {
    pub fn encode(&self) -> String {
        match self {
            FromNode::Ready { children, start_ms } => {
                format!("ready {children} {}", numfmt::shortest(*start_ms))
            }
            FromNode::Done {
                child,
                run,
                raised,
                io_ms,
                cpu_ms,
            } => format!(
                "done {child} {run} {} {} {}",
                u8::from(*raised),
                numfmt::shortest(*io_ms),
                numfmt::shortest(*cpu_ms)
            ),
            FromNode::Lost { child, run } => match run {
                Some(run) => format!("lost {child} {run}"),
                None => format!("lost {child} -"),
            },
            FromNode::Rate(rate) => format!("rate {}", numfmt::shortest(*rate)),
            FromNode::Failed(why) => format!("failed {why}"),
        }
    }

    pub fn decode(line: &str) -> Option<FromNode> {
        if let Some(why) = line.strip_prefix("failed ") {
            return Some(FromNode::Failed(why.to_string()));
        }
        let w: Vec<&str> = line.split_whitespace().collect();
        match w.as_slice() {
            ["ready", children, ms] => Some(FromNode::Ready {
                children: children.parse().ok()?,
                start_ms: finite(ms)?,
            }),
            ["done", child, run, raised, io, cpu] => Some(FromNode::Done {
                child: child.parse().ok()?,
                run: run.parse().ok()?,
                raised: match *raised {
                    "0" => false,
                    "1" => true,
                    _ => return None,
                },
                io_ms: finite(io)?,
                cpu_ms: finite(cpu)?,
            }),
            ["lost", child, run] => Some(FromNode::Lost {
                child: child.parse().ok()?,
                run: match *run {
                    "-" => None,
                    r => Some(r.parse().ok()?),
                },
            }),
            ["rate", rate] => finite(rate).filter(|r| *r > 0.0).map(FromNode::Rate),
            _ => None,
        }
    }
}

fn finite(word: &str) -> Option<f64> {
    crate::model::numfmt::parse(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_survives_encoding() {
        let to = [
            ToNode::Start {
                child: 1,
                run: 42,
                task: 7,
                retries: 2,
                io_ms: 200.5,
                cpu_units: 123_456,
                seed: 7,
                fail_pct: 20,
            },
            ToNode::Kill { child: 3 },
            ToNode::Calibrate,
        ];
        for m in to {
            assert_eq!(
                ToNode::decode(&m.encode()),
                Some(m.clone()),
                "{}",
                m.encode()
            );
        }
        let from = [
            FromNode::Ready {
                children: 2,
                start_ms: 81.25,
            },
            FromNode::Done {
                child: 0,
                run: 9,
                raised: true,
                io_ms: 201.0,
                cpu_ms: 0.5,
            },
            FromNode::Done {
                child: 1,
                run: 10,
                raised: false,
                io_ms: 0.0,
                cpu_ms: 40.0,
            },
            FromNode::Lost {
                child: 1,
                run: Some(5),
            },
            FromNode::Lost {
                child: 0,
                run: None,
            },
            FromNode::Rate(1234.5),
            FromNode::Failed("WebAssembly.instantiate(): out of memory".into()),
        ];
        for m in from {
            assert_eq!(
                FromNode::decode(&m.encode()),
                Some(m.clone()),
                "{}",
                m.encode()
            );
        }
    }

    #[test]
    fn the_nodes_own_words_decode() {
        // What celery_node.js writes by hand, word for word.
        assert_eq!(
            FromNode::decode("done 1 17 0 200.3 12.1"),
            Some(FromNode::Done {
                child: 1,
                run: 17,
                raised: false,
                io_ms: 200.3,
                cpu_ms: 12.1
            })
        );
        assert_eq!(
            FromNode::decode("lost 0 -"),
            Some(FromNode::Lost {
                child: 0,
                run: None
            })
        );
    }

    #[test]
    fn broken_lines_are_ignored_not_misread() {
        for line in [
            "",
            "done",
            "done 1 2 3 4 5",
            "done x 2 0 1 1",
            "done 1 2 0 NaN 1",
            "lost 1",
            "lost 1 x",
            "ready 2",
            "rate -1",
            "rate inf",
            "hello 1 2",
        ] {
            assert_eq!(FromNode::decode(line), None, "{line:?}");
        }
        for line in [
            "start 1 2 3",
            "kill",
            "kill -1",
            "start 0 1 2 3 4 5 6 seven",
        ] {
            assert_eq!(ToNode::decode(line), None, "{line:?}");
        }
    }
}
