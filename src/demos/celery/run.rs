//! The live Celery run as a plan for the one lifecycle (`runtime::run`): a single pass on the
//! page's event loop, where the broker's loop lives. It starts the node workers, then drives
//! the pure model ([`Driver`] over `Cluster`) with real time: the model decides which child
//! runs which message, the nodes' Web Workers really run the bodies, and what they report
//! (done, raised, a child lost) goes back into the model when it happens.
//!
//! Celery's clock (countdowns, the visibility timeout) runs `clock` times faster than real
//! time; a task's work (`io_ms`, `cpu_ms`) is real.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use futures::channel::mpsc::{UnboundedReceiver, UnboundedSender};
use futures::future::{self, Either};
use futures::StreamExt;

use super::board::{agreement, Board};
use super::driver::{Driver, Event, Order};
use super::wire::{FromNode, ToNode};
use super::CeleryParams;
use crate::model::celery::{sim, NodeId};
use crate::model::kernels::Kernel;
use crate::model::run::Live;
use crate::runtime::celery_node::NodeWorker;
use crate::runtime::clock;
use crate::runtime::event_loop::sleep;
use crate::runtime::run::{PassPlan, Plan, Work};

/// How often the board is redrawn during a run, in ms.
const BOARD_EVERY_MS: f64 = 150.0;

/// What a finished run measured.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub params: CeleryParams,
    /// The board at the end: `Cluster::summary()` of the real run and everything else.
    pub board: Board,
    /// Units of the primes kernel per ms, and whether a node measured it (no shared pool).
    pub rate: f64,
    pub rate_in_node: bool,
    /// Tasks whose final state and run count equal the model's own run of the same link.
    pub agree: usize,
}

/// The channel the run listens on: node lines and the reader's buttons.
pub type Inbox = (UnboundedSender<Event>, UnboundedReceiver<Event>);

/// The run of `p`. `calibrate`: let the lifecycle calibrate on the shared pool (the page is
/// cross-origin isolated); otherwise node 0 calibrates in its own instance. `on_board` gets a
/// snapshot a few times a second. Errors are the browser's words (a node that did not start).
pub fn plan(
    p: CeleryParams,
    label: String,
    calibrate: bool,
    inbox: Inbox,
    on_board: Rc<dyn Fn(Board)>,
) -> Plan<Result<Outcome, String>> {
    Plan {
        threads: 0,
        calibrate: calibrate.then_some(Kernel::Primes),
        warm_up: None,
        passes: vec![PassPlan {
            label,
            total: p.tasks as usize,
            job: Work::Page(Box::new(move |rate, live| {
                Box::pin(drive(p, rate, live, inbox, on_board))
            })),
        }],
    }
}

/// A node's lines, turned into events once the node has its id.
fn sink(tx: UnboundedSender<Event>, id: Rc<Cell<Option<NodeId>>>) -> impl FnMut(String) {
    move |line: String| {
        if let (Some(node), Some(message)) = (id.get(), FromNode::decode(&line)) {
            let _ = tx.unbounded_send(Event::Message { node, message });
        }
    }
}

/// Nodes started during the run, waiting for the loop to give them their id.
type Arrived = Rc<RefCell<VecDeque<(NodeWorker, Rc<Cell<Option<NodeId>>>)>>>;

async fn drive(
    p: CeleryParams,
    rate: f64,
    live: Arc<Live>,
    inbox: Inbox,
    on_board: Rc<dyn Fn(Board)>,
) -> Result<Outcome, String> {
    let run = run_live(p, rate, None, live, inbox, on_board).await?;
    let model = sim::run(&p.scenario()).cluster;
    Ok(Outcome {
        params: p,
        agree: agreement(&run.board, &model),
        board: run.board,
        rate: run.rate,
        rate_in_node: run.rate_in_node,
    })
}

/// What [`run_live`] ran: the driver at the end, and what it took to start.
pub struct LiveRun {
    pub driver: Driver,
    /// The board at the end.
    pub board: Board,
    /// From the first node's spawn request until every node's children were up, in ms: what
    /// starting the `celery worker` processes costs on this page (they start side by side).
    pub startup_ms: f64,
    /// Units of the primes kernel per ms, and whether a node measured it.
    pub rate: f64,
    pub rate_in_node: bool,
}

/// One live run of `p`, shared by the Celery page and Bandingkan: start `p.workers` nodes of
/// `p.concurrency` children each, then drive the model with real time until nothing more can
/// happen (or the run is cancelled). `rate` ≤ 0: node 0 calibrates in its own instance.
/// `times`: each task's I/O wait and CPU time in ms, instead of the ones drawn from `p`.
/// Errors are the browser's words (a node that did not start).
pub async fn run_live(
    p: CeleryParams,
    rate: f64,
    times: Option<(Vec<f64>, Vec<f64>)>,
    live: Arc<Live>,
    (tx, mut rx): Inbox,
    on_board: Rc<dyn Fn(Board)>,
) -> Result<LiveRun, String> {
    let concurrency = p.concurrency as usize;
    let spawned = clock::now_ms();
    let starts = (0..p.workers as usize).map(|i| {
        let id = Rc::new(Cell::new(Some(i)));
        NodeWorker::spawn(concurrency, sink(tx.clone(), id))
    });
    let mut nodes: Vec<Option<NodeWorker>> = Vec::new();
    for started in future::join_all(starts).await {
        nodes.push(Some(started?));
    }
    let startup_ms = clock::now_ms() - spawned;
    let mut rate = rate;
    let rate_in_node = rate <= 0.0;
    if rate_in_node {
        // No shared pool to calibrate on: node 0 measures its own instance.
        if let Some(node) = &nodes[0] {
            node.post(&ToNode::Calibrate.encode());
        }
        while let Some(event) = rx.next().await {
            if let Event::Message {
                message: FromNode::Rate(r),
                ..
            } = event
            {
                rate = r;
                break;
            }
        }
    }
    let start_ms = nodes.iter().flatten().map(|n| n.start_ms).collect();
    let mut d = Driver::new(p, rate, start_ms);
    if let Some((io, cpu)) = times {
        d = d.with_times(&io, &cpu);
    }
    let t0 = clock::now_ms();
    let now = move || clock::now_ms() - t0;
    let arrived: Arrived = Rc::new(RefCell::new(VecDeque::new()));
    let mut orders = d.begin(0.0);
    let mut drawn = f64::NEG_INFINITY;
    loop {
        for order in orders.drain(..) {
            carry_out(order, &mut nodes, &tx, &arrived, concurrency);
        }
        live.done.store(d.done(), Ordering::Relaxed);
        if d.is_finished() || live.cancel.load(Ordering::Relaxed) {
            break;
        }
        let t = now();
        if t - drawn >= BOARD_EVERY_MS {
            drawn = t;
            on_board(Board::of(&d, t));
        }
        let wake = d.next_wake_ms().unwrap_or(f64::INFINITY);
        let wait = (wake - t).clamp(0.0, BOARD_EVERY_MS);
        match future::select(rx.next(), std::pin::pin!(sleep(wait))).await {
            Either::Left((Some(Event::NodeUp { start_ms }), _)) => {
                if let Some((worker, id)) = arrived.borrow_mut().pop_front() {
                    id.set(Some(nodes.len()));
                    nodes.push(Some(worker));
                }
                orders = d.handle(Event::NodeUp { start_ms }, now());
            }
            Either::Left((Some(event), _)) => orders = d.handle(event, now()),
            Either::Left((None, _)) => break,
            Either::Right(_) => orders = d.wake(now()),
        }
    }
    let board = Board::last(&d, now());
    on_board(board.clone());
    // Dropping the nodes terminates their workers (and their children).
    drop(nodes);
    Ok(LiveRun {
        driver: d,
        board,
        startup_ms,
        rate,
        rate_in_node,
    })
}

fn carry_out(
    order: Order,
    nodes: &mut [Option<NodeWorker>],
    tx: &UnboundedSender<Event>,
    arrived: &Arrived,
    concurrency: usize,
) {
    match order {
        Order::Send { node, message } => {
            if let Some(Some(worker)) = nodes.get(node) {
                worker.post(&message.encode());
            }
        }
        Order::Terminate(node) => {
            if let Some(slot) = nodes.get_mut(node) {
                // Dropping the handle calls `Worker.terminate()`.
                slot.take();
            }
        }
        Order::Spawn => {
            let (tx, arrived) = (tx.clone(), arrived.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let id = Rc::new(Cell::new(None));
                match NodeWorker::spawn(concurrency, sink(tx.clone(), id.clone())).await {
                    Ok(worker) => {
                        let start_ms = worker.start_ms;
                        arrived.borrow_mut().push_back((worker, id));
                        let _ = tx.unbounded_send(Event::NodeUp { start_ms });
                    }
                    Err(_) => {
                        let _ = tx.unbounded_send(Event::NodeFailed);
                    }
                }
            });
        }
    }
}
