//! Template source adapted to a method-less engine, before parsing: Helm's Go methods become
//! functions (`.Files.Get "x"` -> `helmFilesGet .Files "x"`, `(… ).AsConfig` -> `(… | helmFilesAsConfig)`,
//! `.Capabilities.APIVersions.Has "x"` -> `helmApiVersionsHas .Capabilities.APIVersions "x"`), and an
//! in-place `$_ := set $d k v` (Sprig changes the dict itself) becomes `$d = set $d k v`.

use std::sync::LazyLock;

use regex::Regex;

static FILES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\$[A-Za-z0-9_]*)?((?:\.[A-Za-z_][A-Za-z0-9_]*)*?)\.Files\.(Get|GetBytes|Glob|Lines|AsConfig|AsSecrets)\b",
    )
    .expect("a valid pattern")
});
static AS_FILES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\)\.(AsConfig|AsSecrets)\b").expect("a valid pattern"));
static HAS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\$[A-Za-z0-9_]*)?((?:\.[A-Za-z_][A-Za-z0-9_]*)*?)\.Capabilities\.APIVersions\.Has\b")
        .expect("a valid pattern")
});
static COMMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)\{\{(-\s)?\s*/\*.*?\*/\s*(\s-)?\}\}").expect("a valid pattern"));
static SET_IN_PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\$_\s*:?=\s*(set|unset)\s+(\$[A-Za-z0-9_]+)\s").expect("a valid pattern"));

/// The source with methods turned into functions; unchanged when there is nothing to adapt.
pub fn adapt(src: &str) -> String {
    let adapted = comments_as_empty_strings(src);
    let src: &str = &adapted;
    if !src.contains(".Files.") && !src.contains("APIVersions.Has") && !src.contains("$_") && !src.contains(").As") {
        return src.to_owned();
    }
    let out = FILES.replace_all(src, |c: &regex::Captures| {
        let receiver = format!("{}{}", c.get(1).map_or("", |m| m.as_str()), &c[2]);
        format!("helmFiles{} {receiver}.Files", &c[3])
    });
    let out = AS_FILES.replace_all(&out, " | helmFiles$1)");
    let out = HAS.replace_all(&out, |c: &regex::Captures| {
        let receiver = format!("{}{}", c.get(1).map_or("", |m| m.as_str()), &c[2]);
        format!("helmApiVersionsHas {receiver}.Capabilities.APIVersions")
    });
    SET_IN_PLACE.replace_all(&out, "$2 = $1 $2 ").into_owned()
}

/// A comment that trims only on its left (`{{- /* x */}}`) must not trim on its right; the engine
/// trims both, so comments become empty strings with the same trim marks and line count.
fn comments_as_empty_strings(src: &str) -> std::borrow::Cow<'_, str> {
    if !src.contains("/*") {
        return std::borrow::Cow::Borrowed(src);
    }
    COMMENT.replace_all(src, |c: &regex::Captures| {
        let newlines = "\n".repeat(c[0].matches('\n').count());
        let left = if c.get(1).is_some() { "- " } else { "" };
        let right = if c.get(2).is_some() { " -" } else { "" };
        format!("{{{{{left}\"\"{newlines}{right}}}}}")
    })
}

#[cfg(test)]
mod tests {
    use super::adapt;

    #[test]
    fn methods_become_functions() {
        assert_eq!(adapt(r#"{{ .Files.Get "a" }}"#), r#"{{ helmFilesGet .Files "a" }}"#);
        assert_eq!(adapt(r#"{{ $.Files.Get "a" }}"#), r#"{{ helmFilesGet $.Files "a" }}"#);
        assert_eq!(
            adapt(r#"{{ (.Files.Glob "x/*").AsConfig }}"#),
            r#"{{ (helmFilesGlob .Files "x/*" | helmFilesAsConfig) }}"#
        );
        assert_eq!(
            adapt(r#"{{ if $root.Capabilities.APIVersions.Has "policy/v1" }}"#),
            r#"{{ if helmApiVersionsHas $root.Capabilities.APIVersions "policy/v1" }}"#
        );
        assert_eq!(adapt(r#"{{- $_ := set $ctx "a" 1 }}"#), r#"{{- $ctx = set $ctx "a" 1 }}"#);
        assert_eq!(adapt("a{{- /* x\ny */}}b{{/* z */ -}}"), "a{{- \"\"\n}}b{{\"\" -}}");
    }
}
