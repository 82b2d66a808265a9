//! Config waivers: rule, path and resource globs with a reason and an optional expiry date.
//! Expired waivers stop suppressing and say so; waivers that match nothing are reported.

use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use globset::{Glob, GlobMatcher, GlobSet};

use crate::config::Waiver;
use crate::config::select::path_globs;

struct Compiled {
    waiver: Waiver,
    rule: GlobMatcher,
    path: Option<GlobSet>,
    resource: Option<GlobMatcher>,
    expired: bool,
    hits: AtomicUsize,
}

/// The waivers of a run, counting what they match.
pub struct Waivers {
    items: Vec<Compiled>,
}

/// What a waiver did to a finding.
pub enum WaiverMatch<'a> {
    Suppressed(&'a Waiver),
    /// Only an expired waiver matched: the finding stands.
    Expired(&'a Waiver),
    None,
}

impl Waivers {
    /// Compiles waivers written in a config file whose directory is `base` (a display path).
    pub fn new(waivers: &[Waiver], base: &str, today: NaiveDate) -> Result<Waivers, String> {
        let items = waivers
            .iter()
            .map(|w| {
                let glob = |g: &str| {
                    Glob::new(g).map(|g| g.compile_matcher()).map_err(|e| format!("waiver at line {}: {e}", w.line))
                };
                Ok(Compiled {
                    rule: glob(&w.rule)?,
                    path: w.path.as_deref().map(|p| path_globs(&[p.to_owned()], base)).transpose()?,
                    resource: w.resource.as_deref().map(glob).transpose()?,
                    expired: w
                        .expires
                        .as_deref()
                        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                        .is_some_and(|d| d < today),
                    waiver: w.clone(),
                    hits: AtomicUsize::new(0),
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(Waivers { items })
    }

    /// The waiver that applies to a finding of `rule` on `address` in `file`.
    pub fn check(&self, rule: &str, file: &str, address: &str) -> WaiverMatch<'_> {
        let mut expired = None;
        for item in &self.items {
            let matches = item.rule.is_match(rule)
                && item.path.as_ref().is_none_or(|g| g.is_match(file))
                && item.resource.as_ref().is_none_or(|g| g.is_match(address));
            if !matches {
                continue;
            }
            item.hits.fetch_add(1, Ordering::Relaxed);
            if !item.expired {
                return WaiverMatch::Suppressed(&item.waiver);
            }
            expired.get_or_insert(&item.waiver);
        }
        expired.map_or(WaiverMatch::None, WaiverMatch::Expired)
    }

    /// Waivers past their expiry date.
    pub fn expired(&self) -> impl Iterator<Item = &Waiver> {
        self.items.iter().filter(|i| i.expired).map(|i| &i.waiver)
    }

    /// Waivers still in force that matched no finding.
    pub fn unused(&self) -> impl Iterator<Item = &Waiver> {
        self.items.iter().filter(|i| !i.expired && i.hits.load(Ordering::Relaxed) == 0).map(|i| &i.waiver)
    }
}
