//! The bounded pool key derivations run on: as many threads as the machine has cores,
//! started once, taking jobs in order from one queue.
//!
//! Not Tokio's blocking pool (up to 512 threads, a new one whenever all are busy): the
//! core keeps Argon2id's 19 MiB of working memory in each thread that derived a key, so
//! the number of threads that ever derive is what bounds the memory. Measured with
//! `tests/memory.rs` (300 logons at once, 2 cores): 72 MiB at the peak on this pool.
//! Before the core kept that memory, each derivation left 19 MiB the C allocator could not
//! reuse: 832 MiB on Tokio's pool, 357 MiB on this one.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use tokio::sync::oneshot;

type Job = Box<dyn FnOnce() + Send>;

/// Threads that run jobs in the order they came.
pub struct Pool {
    queue: Mutex<mpsc::Sender<Job>>,
    threads: usize,
}

impl Pool {
    /// `threads` threads (at least one), named `pinwarden-derive-N`.
    ///
    /// # Errors
    /// When the system refuses a thread.
    pub fn new(threads: usize) -> std::io::Result<Pool> {
        let threads = threads.max(1);
        let (sender, receiver) = mpsc::channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        for n in 0..threads {
            let receiver = Arc::clone(&receiver);
            std::thread::Builder::new()
                .name(format!("pinwarden-derive-{n}"))
                .spawn(move || {
                    loop {
                        let job = {
                            let queue = receiver
                                .lock()
                                .unwrap_or_else(std::sync::PoisonError::into_inner);
                            queue.recv()
                        };
                        match job {
                            // A panicking job must not take the thread with it.
                            Ok(job) => {
                                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                            }
                            Err(_) => break, // the pool is gone
                        }
                    }
                })?;
        }
        Ok(Pool {
            queue: Mutex::new(sender),
            threads,
        })
    }

    /// How many jobs run at once.
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// Runs `job` on one of the threads when its turn comes; `None` if it panicked. If the
    /// returned future is dropped before the job's turn, the job does not run.
    pub async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> T + Send + 'static,
    ) -> Option<T> {
        let (done, result) = oneshot::channel();
        let job: Job = Box::new(move || {
            // The caller gave up (its request timed out, its client left): skip the work.
            if !done.is_closed() {
                let _ = done.send(job());
            }
        });
        self.queue
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .send(job)
            .ok()?;
        result.await.ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn jobs_run_on_the_pools_threads_at_most_as_many_at_once() {
        let pool = Arc::new(Pool::new(2).unwrap());
        let running = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let most = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let mut tasks = tokio::task::JoinSet::new();
        for n in 0..20 {
            let (pool, running, most) =
                (Arc::clone(&pool), Arc::clone(&running), Arc::clone(&most));
            tasks.spawn(async move {
                pool.run(move || {
                    use std::sync::atomic::Ordering::SeqCst;
                    let now = running.fetch_add(1, SeqCst) + 1;
                    most.fetch_max(now, SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(2));
                    running.fetch_sub(1, SeqCst);
                    let name = std::thread::current().name().map(str::to_owned);
                    (n, name)
                })
                .await
            });
        }
        let mut done = 0;
        while let Some(result) = tasks.join_next().await {
            let (_, name) = result.unwrap().unwrap();
            assert!(name.unwrap().starts_with("pinwarden-derive-"));
            done += 1;
        }
        assert_eq!(done, 20);
        assert!(most.load(std::sync::atomic::Ordering::SeqCst) <= 2);
        assert_eq!(pool.run(|| panic!("a bug")).await, None::<()>);
        assert_eq!(pool.run(|| 7).await, Some(7), "the threads survive a panic");
    }

    #[tokio::test]
    async fn a_job_whose_caller_left_does_not_run() {
        let pool = Arc::new(Pool::new(1).unwrap());
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let (started, running) = oneshot::channel::<()>();
        let busy = {
            let pool = Arc::clone(&pool);
            tokio::spawn(async move {
                pool.run(move || {
                    let _ = started.send(());
                    wait.recv().is_ok()
                })
                .await
            })
        };
        running.await.unwrap(); // the only thread is busy
        let ran = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = Arc::clone(&ran);
        let abandoned = pool.run(move || flag.store(true, std::sync::atomic::Ordering::SeqCst));
        // Queued behind the busy job, then given up.
        assert!(
            tokio::time::timeout(std::time::Duration::from_millis(50), abandoned)
                .await
                .is_err()
        );
        release.send(()).unwrap();
        assert_eq!(busy.await.unwrap(), Some(true));
        assert_eq!(pool.run(|| 1).await, Some(1));
        assert!(!ran.load(std::sync::atomic::Ordering::SeqCst));
    }
}
