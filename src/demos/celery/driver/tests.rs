//! The driver on made-up events: what the page orders and records for each report.
use super::*;
use crate::demos::celery::Broker;

fn params() -> CeleryParams {
    CeleryParams {
        tasks: 4,
        io_ms: 100,
        workers: 2,
        concurrency: 1,
        prefetch: 1,
        broker: Broker::RabbitMq,
        ..CeleryParams::default()
    }
}

fn starts(orders: &[Order]) -> Vec<(NodeId, usize, u64, TaskId)> {
    orders
        .iter()
        .filter_map(|o| match o {
            Order::Send {
                node,
                message: ToNode::Start {
                    child, run, task, ..
                },
            } => Some((*node, *child, *run, *task)),
            _ => None,
        })
        .collect()
}

fn done(node: NodeId, child: usize, run: u64, raised: bool) -> Event {
    Event::Message {
        node,
        message: FromNode::Done {
            child,
            run,
            raised,
            io_ms: 100.0,
            cpu_ms: 0.0,
        },
    }
}

/// Answer every start after `ms` with success until the run is over.
fn finish_all(d: &mut Driver, mut orders: Vec<Order>, mut now: f64) -> f64 {
    for _ in 0..1000 {
        let s = starts(&orders);
        if s.is_empty() {
            if d.is_finished() {
                return now;
            }
            now = d.next_wake_ms().expect("a timer when nothing runs");
            orders = d.wake(now);
            continue;
        }
        now += 100.0;
        orders = Vec::new();
        for (node, child, run, _) in s {
            orders.extend(d.handle(done(node, child, run, false), now));
        }
    }
    panic!("the run never ended");
}

#[test]
fn starts_become_orders_and_reports_become_final_states() {
    let mut d = Driver::new(params(), 10.0, vec![50.0, 60.0]);
    let first = d.begin(0.0);
    let s = starts(&first);
    assert_eq!(s.len(), 2, "one body per node (concurrency 1)");
    assert_ne!(s[0].0, s[1].0);
    let end = finish_all(&mut d, first, 0.0);
    assert!(d.is_finished());
    assert_eq!(d.cluster.summary().succeeded, 4);
    assert_eq!(d.done(), 4);
    assert_eq!(d.spans.len(), 4);
    assert_eq!(d.wall_ms, end);
}

#[test]
fn cpu_work_is_sent_in_calibrated_units() {
    let p = CeleryParams {
        cpu_ms: 40,
        io_ms: 0,
        ..params()
    };
    let mut d = Driver::new(p, 2500.0, vec![1.0]);
    let o = d.begin(0.0);
    assert!(matches!(
        o[0],
        Order::Send {
            message: ToNode::Start {
                cpu_units: 100_000,
                ..
            },
            ..
        }
    ));
}

#[test]
fn a_report_for_a_run_that_is_not_there_changes_nothing() {
    let mut d = Driver::new(params(), 1.0, vec![1.0, 1.0]);
    let s = starts(&d.begin(0.0));
    let (node, child, run, _) = s[0];
    d.handle(done(node, child, run + 100, false), 5.0);
    d.handle(done(1 - node, child, run, false), 5.0);
    assert_eq!(d.running.len(), 2);
    assert_eq!(d.cluster.summary().succeeded, 0);
}

#[test]
fn a_raised_run_is_retried_with_its_countdown_recorded() {
    let p = CeleryParams {
        tasks: 1,
        retry_backoff: 2,
        retry_jitter: false,
        clock: 1000,
        ..params()
    };
    let mut d = Driver::new(p, 1.0, vec![1.0]);
    let (node, child, run, _) = starts(&d.begin(0.0))[0];
    let o = d.handle(done(node, child, run, true), 100.0);
    assert!(starts(&o).is_empty(), "held until the countdown");
    assert_eq!(d.retries[0].countdown_s, 2);
    assert_eq!(d.retries[0].band_s, (2, 2));
    assert_eq!(d.next_wake_ms(), Some(102.0), "2 Celery s at ×1000");
    assert!(!d.is_finished());
    let again = d.wake(102.0);
    assert_eq!(starts(&again).len(), 1);
    assert_eq!(d.spans[0].end, RunEnd::Retry);
}

#[test]
fn kill_child_waits_for_the_nodes_word_then_records_worker_lost() {
    let mut d = Driver::new(params(), 1.0, vec![1.0, 1.0]);
    let s = starts(&d.begin(0.0));
    let o = d.handle(Event::Command(Command::KillChild), 10.0);
    let [Order::Send {
        node,
        message: ToNode::Kill { child },
    }] = o.as_slice()
    else {
        panic!("one kill order: {o:?}");
    };
    let (node, child) = (*node, *child);
    let (_, _, run, task) = *s.iter().find(|x| (x.0, x.1) == (node, child)).unwrap();
    assert_eq!(d.cluster.tasks[task as usize].backend, TaskState::Pending);
    assert!(!d.is_finished());
    let lost = Event::Message {
        node,
        message: FromNode::Lost {
            child,
            run: Some(run),
        },
    };
    let next = d.handle(lost, 12.0);
    let rec = &d.cluster.tasks[task as usize];
    assert_eq!(
        rec.backend,
        TaskState::Failure,
        "early ack: WorkerLostError"
    );
    assert_eq!(d.spans[0].end, RunEnd::ChildKilled);
    assert_eq!(
        starts(&next).len(),
        1,
        "the replacement child takes the next"
    );
}

#[test]
fn a_child_that_finished_before_the_kill_keeps_its_result() {
    let mut d = Driver::new(params(), 1.0, vec![1.0, 1.0]);
    let s = starts(&d.begin(0.0));
    let o = d.handle(Event::Command(Command::KillChild), 10.0);
    let Some(Order::Send {
        node,
        message: ToNode::Kill { child },
    }) = o.first().cloned()
    else {
        panic!("a kill order: {o:?}");
    };
    let (_, _, run, task) = *s.iter().find(|x| (x.0, x.1) == (node, child)).unwrap();
    // The body ends before the node gets the order; the node then kills an idle child.
    d.handle(done(node, child, run, false), 11.0);
    let idle = Event::Message {
        node,
        message: FromNode::Lost { child, run: None },
    };
    d.handle(idle, 12.0);
    assert_eq!(d.cluster.tasks[task as usize].backend, TaskState::Success);
    assert_eq!(d.cluster.nodes[node].stats.children_lost, 0);
    assert!(d.kills.is_empty(), "the node's word settles the kill");
}

#[test]
fn the_crash_preset_kills_a_node_and_acks_late_loses_nothing() {
    for (acks_late, lost) in [(true, false), (false, true)] {
        let p = CeleryParams {
            tasks: 12,
            workers: 3,
            concurrency: 2,
            acks_late,
            reject_on_worker_lost: true,
            crash: Crash::Node,
            crash_at_ms: 50,
            ..params()
        };
        let mut d = Driver::new(p, 1.0, vec![1.0; 3]);
        let first = d.begin(0.0);
        assert_eq!(d.next_wake_ms(), Some(50.0));
        let o = d.wake(50.0);
        assert!(o.contains(&Order::Terminate(0)));
        assert!(!d.cluster.nodes[0].alive);
        // Node 0's bodies never answer; the others finish theirs at 100 ms.
        let others: Vec<Order> = first
            .into_iter()
            .chain(o)
            .filter(|o| !matches!(o, Order::Send { node: 0, .. }))
            .collect();
        finish_all(&mut d, others, 0.0);
        let sum = d.cluster.summary();
        assert_eq!(sum.lost > 0, lost, "acks_late={acks_late}: {sum:?}");
        assert_eq!(sum.succeeded + sum.lost, 12);
        assert!(d.spans.iter().any(|s| s.end == RunEnd::NodeKilled));
    }
}

#[test]
fn the_crash_kills_the_same_child_as_the_simulator() {
    let p = CeleryParams {
        workers: 2,
        concurrency: 2,
        tasks: 8,
        crash: Crash::Child,
        crash_at_ms: 20,
        ..params()
    };
    let mut d = Driver::new(p, 1.0, vec![1.0, 1.0]);
    d.begin(0.0);
    let o = d.wake(20.0);
    let want = crate::model::celery::sim::run(&p.scenario()).child_kills[0];
    assert_eq!(want.node, 0);
    assert_eq!(
        o,
        vec![Order::Send {
            node: 0,
            message: ToNode::Kill { child: 0 }
        }]
    );
    assert_eq!(d.next_wake_ms(), None, "the crash happens once");
}

#[test]
fn add_node_waits_for_the_worker_and_then_takes_work() {
    let p = CeleryParams {
        workers: 1,
        ..params()
    };
    let mut d = Driver::new(p, 1.0, vec![1.0]);
    d.begin(0.0);
    assert_eq!(
        d.handle(Event::Command(Command::AddNode), 1.0),
        vec![Order::Spawn]
    );
    assert_eq!(d.cluster.nodes.len(), 1, "not a node until it is up");
    let o = d.handle(Event::NodeUp { start_ms: 80.0 }, 80.0);
    assert_eq!(starts(&o).len(), 1);
    assert_eq!(starts(&o)[0].0, 1);
    assert_eq!(d.node_start_ms, vec![1.0, 80.0]);
}

#[test]
fn revoke_takes_the_task_at_the_back_of_the_queue() {
    let p = CeleryParams {
        tasks: 6,
        workers: 1,
        ..params()
    };
    let mut d = Driver::new(p, 1.0, vec![1.0]);
    d.begin(0.0);
    d.handle(Event::Command(Command::Revoke), 1.0);
    assert_eq!(d.cluster.tasks[5].backend, TaskState::Revoked);
}

#[test]
fn idle_time_beside_hoarded_work_is_measured() {
    // Node 0 gets a long task and prefetches more; node 1 finishes fast and idles.
    let p = CeleryParams {
        tasks: 6,
        workers: 2,
        concurrency: 1,
        prefetch: 4,
        ..params()
    };
    let mut d = Driver::new(p, 1.0, vec![1.0, 1.0]);
    let mut o = d.begin(0.0);
    let mut now = 0.0;
    // Node 1's tasks are short: it runs out of its own reserved work first.
    loop {
        let mine: Vec<_> = starts(&o).into_iter().filter(|x| x.0 == 1).collect();
        if mine.is_empty() {
            break;
        }
        now += 10.0;
        o = Vec::new();
        for (node, child, run, _) in mine {
            o.extend(d.handle(done(node, child, run, false), now));
        }
    }
    assert_eq!(d.hoard_ms, 0.0, "both busy until now");
    assert!(!d.cluster.nodes[0].reserved.is_empty());
    d.wake(500.0);
    assert!(d.hoard_ms > 0.0, "{}", d.hoard_ms);
}

#[test]
fn given_times_replace_the_drawn_ones() {
    let p = CeleryParams {
        tasks: 2,
        cpu_ms: 10,
        workers: 1,
        concurrency: 2,
        ..params()
    };
    let mut d = Driver::new(p, 3.0, vec![1.0]).with_times(&[7.0, 9.0], &[2.0, 5.0]);
    let sent: Vec<(f64, u64)> = d
        .begin(0.0)
        .into_iter()
        .filter_map(|o| match o {
            Order::Send {
                message: ToNode::Start {
                    io_ms, cpu_units, ..
                },
                ..
            } => Some((io_ms, cpu_units)),
            _ => None,
        })
        .collect();
    assert_eq!(
        sent,
        [(7.0, 6), (9.0, 15)],
        "the given waits, CPU at 3 units/ms"
    );
}
