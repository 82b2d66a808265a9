//! `tollgate modules lock`: fetches (or finds in the cache) every module the Terraform calls and
//! records what each resolved to and the hash of its files, for `--locked` runs to hold them to.

use tollgate_engine::modules::lock::LockFile;

use super::{EXIT_ERROR, Exit};
use crate::args::ModulesLockArgs;
use crate::modules::{Settings, lock_path, prepare};

pub fn lock(args: &ModulesLockArgs) -> Exit {
    let settings = Settings::new(args.cache_dir.clone(), false, args.module_timeout);
    let prepared = match prepare(&args.paths, &settings) {
        Ok(prepared) => prepared,
        Err(message) => {
            eprintln!("error: {message}");
            return EXIT_ERROR;
        }
    };
    for failure in &prepared.fetched.failures {
        eprintln!(
            "error: {}:{}: module \"{}\" (source \"{}\"): {}",
            failure.file, failure.line, failure.module, failure.source, failure.reason
        );
    }
    if !prepared.fetched.failures.is_empty() {
        eprintln!("error: the lock file was not written: every module must be fetched first");
        return EXIT_ERROR;
    }
    let mut lock = LockFile::default();
    for entry in prepared.entries {
        outln!(
            "{} {} -> {} {}",
            entry.source,
            if entry.constraint.is_empty() { "(any)" } else { &entry.constraint },
            entry.resolved,
            entry.hash
        );
        lock.put(entry);
    }
    let path = lock_path(&args.paths);
    if let Err(message) = lock.write(&path) {
        eprintln!("error: {message}");
        return EXIT_ERROR;
    }
    outln!("{} modules locked in {}", lock.modules.len(), path.display());
    0
}
