//! Every estimator, registered by the resource type it prices: each provider file lists its own
//! (`ESTIMATORS`), and this table joins them once. A type registered twice is a mistake the test
//! below catches, and so is a type both priced and listed as free.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::pricer::Estimator;

/// Every provider file's estimators.
const ALL: [&[(&str, Estimator)]; 6] = [
    super::aws::ESTIMATORS,
    super::aws_services::ESTIMATORS,
    super::aws_network::ESTIMATORS,
    super::aws_messaging::ESTIMATORS,
    super::gcp::ESTIMATORS,
    super::azure::ESTIMATORS,
];

static TABLE: LazyLock<HashMap<&'static str, Estimator>> =
    LazyLock::new(|| ALL.into_iter().flatten().copied().collect());

/// The estimator of a resource type, if it has one.
pub fn for_type(resource_type: &str) -> Option<Estimator> {
    TABLE.get(resource_type).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_type_is_registered_once_and_none_is_also_free() {
        let all: Vec<&str> = ALL.into_iter().flatten().map(|(t, _)| *t).collect();
        assert_eq!(all.len(), TABLE.len(), "a resource type is registered twice");
        for resource_type in all {
            assert!(!super::super::free::is_free(resource_type), "{resource_type} is priced and listed as free");
        }
    }
}
