//! Adding a Rego module to an engine with OPA's parse errors for rule heads regorus would misread,
//! regorus errors as located rule errors, and the rule error type itself.

/// A policy that does not compile, or whose metadata does not parse.
#[derive(Debug, Clone)]
pub struct RuleError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Adds a module to an engine; in Rego v1 (or a module importing `rego.v1`), a multi-value rule head without `contains`
/// (`deny[msg] if {`) is the parse error it is in OPA (regorus reads it as an object rule).
pub(crate) fn add_module(
    engine: &mut regorus::Engine,
    v1: bool,
    name: &str,
    source: &str,
) -> Result<String, RuleError> {
    if (v1 || source.contains("import rego.v1"))
        && let Some((line, column)) = partial_set_without_contains(source)
    {
        let message = "`contains` keyword is required for partial set rules".to_owned();
        return Err(RuleError { file: name.to_owned(), line, column, message });
    }
    // In v0, `if` and `contains` are keywords only when imported (regorus reads them as names).
    let imports_keywords = source.contains("import rego.v1") || source.contains("import future.keywords");
    if !v1
        && !imports_keywords
        && let Some((line, column, keyword)) = v1_keyword_in_head(source)
    {
        let message = format!("`{keyword}` is a keyword in Rego v0 only with `import rego.v1` (or run with Rego v1)");
        return Err(RuleError { file: name.to_owned(), line, column, message });
    }
    engine.add_policy(name.to_owned(), source.to_owned()).map_err(|e| located(name, &e))
}

/// The position of a rule head `name[key] if` (no value, no `contains`), if any: in v1 a partial
/// set needs `contains`, and a partial object a value (`name[key] := value if`).
fn partial_set_without_contains(source: &str) -> Option<(usize, usize)> {
    static HEAD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\[[^\]]*\]\s+if\b")
            .expect("a valid pattern")
    });
    source.lines().enumerate().find_map(|(n, line)| HEAD.is_match(line).then_some((n + 1, 1)))
}

/// The first rule head using `contains` or `if` (`deny contains msg if {`), with its position.
fn v1_keyword_in_head(source: &str) -> Option<(usize, usize, &'static str)> {
    static HEAD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^[A-Za-z_][A-Za-z0-9_.]*(\[[^\]]*\])?\s+(contains|if)\b").expect("a valid pattern")
    });
    source.lines().enumerate().find_map(|(n, line)| {
        let found = HEAD.captures(line)?;
        let keyword = found.get(2)?;
        let name = if keyword.as_str() == "if" { "if" } else { "contains" };
        Some((n + 1, keyword.start() + 1, name))
    })
}

/// A regorus error as a located rule error: regorus renders errors as `--> file:line:col` followed by
/// a snippet; the location comes from that line.
pub fn located(file: &str, err: &anyhow::Error) -> RuleError {
    let text = format!("{err:#}");
    let mut line = 1;
    let mut column = 1;
    if let Some(at) = text.lines().find_map(|l| l.trim_start().strip_prefix("--> ")) {
        let mut parts = at.rsplitn(3, ':');
        column = parts.next().and_then(|c| c.trim().parse().ok()).unwrap_or(1);
        line = parts.next().and_then(|l| l.trim().parse().ok()).unwrap_or(1);
    }
    let message = text.lines().find_map(|l| l.strip_prefix("error: ")).unwrap_or(text.lines().next().unwrap_or(""));
    RuleError { file: file.to_owned(), line, column, message: message.trim().to_owned() }
}
