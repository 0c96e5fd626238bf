//! A task's state, seen two ways: what the result backend stores (`AsyncResult.state`) and
//! what the event stream says (what Flower shows with `-E`).
//!
//! - PENDING is not a stored state: it is what the backend answers for an id it has no
//!   record of, so a task nobody ran, or one whose node died after an early ack, reads
//!   PENDING (or its last stored state) forever.
//! - RECEIVED exists only as the `task-received` event.
//! - STARTED is stored only with `task_track_started=True` (`celery/app/trace.py`); the
//!   `task-started` event is sent either way (`Request.on_accepted`).
//! - RETRY, SUCCESS, FAILURE and REVOKED are stored; REJECTED is only an event
//!   (`Request.reject` sends `task-rejected`).

/// A Celery task state (`celery/states.py`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskState {
    Pending,
    Received,
    Started,
    Retry,
    Success,
    Failure,
    Revoked,
    Rejected,
}

impl TaskState {
    /// Celery's name for the state.
    pub fn name(self) -> &'static str {
        match self {
            TaskState::Pending => "PENDING",
            TaskState::Received => "RECEIVED",
            TaskState::Started => "STARTED",
            TaskState::Retry => "RETRY",
            TaskState::Success => "SUCCESS",
            TaskState::Failure => "FAILURE",
            TaskState::Revoked => "REVOKED",
            TaskState::Rejected => "REJECTED",
        }
    }

    /// `READY_STATES`: the task will not change any more.
    pub fn is_ready(self) -> bool {
        matches!(
            self,
            TaskState::Success | TaskState::Failure | TaskState::Revoked
        )
    }
}

/// Why a task ended in FAILURE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureReason {
    /// The body raised and no retry was left.
    Raised,
    /// Its child process died (`WorkerLostError`).
    WorkerLost,
}

/// Everything the page knows about one task id.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskRecord {
    /// `AsyncResult.state`: the last stored state, PENDING if none.
    pub backend: TaskState,
    /// The state of the last event about this task, PENDING if none.
    pub event: TaskState,
    pub failure: Option<FailureReason>,
    /// How many times a child started the body (runs cut short by a crash included).
    pub runs: u32,
    /// How many runs went to the end with SUCCESS; more than 1 is a duplicate.
    pub completions: u32,
    /// `request.retries` of the newest message.
    pub retries: u32,
    /// The node that received it last.
    pub node: Option<usize>,
}

impl Default for TaskRecord {
    fn default() -> Self {
        TaskRecord {
            backend: TaskState::Pending,
            event: TaskState::Pending,
            failure: None,
            runs: 0,
            completions: 0,
            retries: 0,
            node: None,
        }
    }
}

impl TaskRecord {
    /// Store a state in the result backend.
    pub fn store(&mut self, state: TaskState) {
        self.backend = state;
    }

    /// Whether the task never reached a stored final state.
    pub fn is_lost(&self) -> bool {
        !self.backend.is_ready()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_success_failure_and_revoked_are_final() {
        let ready: Vec<&str> = [
            TaskState::Pending,
            TaskState::Received,
            TaskState::Started,
            TaskState::Retry,
            TaskState::Success,
            TaskState::Failure,
            TaskState::Revoked,
            TaskState::Rejected,
        ]
        .into_iter()
        .filter(|s| s.is_ready())
        .map(TaskState::name)
        .collect();
        assert_eq!(ready, ["SUCCESS", "FAILURE", "REVOKED"]);
        assert!(TaskRecord::default().is_lost());
    }
}
