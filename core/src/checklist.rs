//! SPEC §7: the live checklist a person sees while typing a new PIN. Which rules it lists
//! and the state of each come from here; a widget only draws them.

mod lookahead;

/// The longest PIN a [`crate::PinHistory`] holds.
const HISTORY_DIGITS_MAX: usize = 24;

use crate::{Code, Context, ExtraCheck, Locale, Needs, PatternCode, Policy, validate_pin};

/// One line of the checklist: a rule that applies under the policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// Between `min` and `max` digits (`required` when `min` > 0).
    Length {
        /// The policy's `minLength`.
        min: u8,
        /// The policy's `maxLength`.
        max: u8,
    },
    /// Only the digits 0–9.
    DigitsOnly,
    /// A pattern rule: §2.2 (`sequential`, `repeated`, `extensionSuffix`) or an extra
    /// check of §2.3 in force.
    Pattern(PatternCode),
    /// A pattern rule with the parameter `max` (`sequenceRun`, `repeatRun`).
    Run {
        /// The check.
        code: PatternCode,
        /// The policy's `max` for it.
        max: u8,
    },
    /// Not one of the last `count` PINs (listed when a history is given).
    NotRecent {
        /// The policy's `historyCount`.
        count: u8,
    },
}

/// Where a rule stands for what has been typed so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleState {
    /// The PIN meets the rule.
    Met,
    /// The PIN breaks the rule, and typing more cannot mend it (or the PIN is already long
    /// enough to be submitted).
    NotMet,
    /// Not known yet: nothing typed, the rule is broken but more digits may mend it, or it
    /// is kept but more digits may break it.
    Pending,
}

impl RuleState {
    /// `"met"`, `"notMet"` or `"pending"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            RuleState::Met => "met",
            RuleState::NotMet => "notMet",
            RuleState::Pending => "pending",
        }
    }
}

/// A checklist line: the rule, its state, and the codes it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChecklistItem {
    /// The rule.
    pub rule: Rule,
    /// Its state for the PIN typed so far.
    pub state: RuleState,
    /// Whether the rule only warns (an extra check of severity `warn`): not met, it is
    /// advice, and the form still takes the PIN.
    pub advisory: bool,
}

impl Rule {
    /// The pattern check of a [`Rule::Pattern`] or [`Rule::Run`].
    pub const fn pattern(self) -> Option<PatternCode> {
        match self {
            Rule::Pattern(code) | Rule::Run { code, .. } => Some(code),
            Rule::Length { .. } | Rule::DigitsOnly | Rule::NotRecent { .. } => None,
        }
    }

    /// The rule's label in `locale`, e.g. "6 to 24 digits" / "6 à 24 chiffres".
    ///
    /// ```
    /// use pinwarden::{Locale, PatternCode, Rule};
    /// assert_eq!(Rule::Pattern(PatternCode::Palindrome).label(Locale::En), "Not the same backwards, like 1221");
    /// ```
    pub fn label(self, locale: Locale) -> String {
        crate::messages::rule_label(self, locale)
    }
}

impl ChecklistItem {
    /// The rule's label in `locale` (see [`Rule::label`]).
    pub fn label(&self, locale: Locale) -> String {
        self.rule.label(locale)
    }
}

/// A PIN as typed so far, assessed once for live feedback: its report and its checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The SPEC §2 report. The history is consulted only once the PIN is all digits and
    /// between `minLength` and `maxLength` long (until then `recycled` cannot be reported:
    /// a shorter PIN is refused as `tooShort` anyway).
    pub report: crate::Report,
    /// The checklist (see [`checklist`]).
    pub items: Vec<ChecklistItem>,
}

impl Assessment {
    /// How many rules are not met.
    pub fn unmet(&self) -> usize {
        self.count(RuleState::NotMet)
    }

    /// How many rules are not known yet.
    pub fn pending(&self) -> usize {
        self.count(RuleState::Pending)
    }

    fn count(&self, state: RuleState) -> usize {
        self.items.iter().filter(|item| item.state == state).count()
    }
}

/// The report and the checklist of `pin` with at most one history look-up (one key
/// derivation, tens of milliseconds in a browser; two when the policy asks for
/// `reversedHistory`).
pub fn assess(pin: &str, policy: &Policy, context: &Context<'_>) -> Assessment {
    assess_with(pin, policy, context, true)
}

/// Like [`assess`] without looking the history up: the history's rule stays `Pending` and
/// the report cannot say `recycled`. Cheap enough for every keystroke; a widget calls
/// [`assess`] once typing pauses.
pub fn assess_without_history(pin: &str, policy: &Policy, context: &Context<'_>) -> Assessment {
    assess_with(pin, policy, context, false)
}

fn assess_with(
    pin: &str,
    policy: &Policy,
    context: &Context<'_>,
    consult_history: bool,
) -> Assessment {
    let length = pin.chars().count();
    let all_digits = pin.bytes().all(|b| b.is_ascii_digit());
    // Past `maxLength` too (a history holds PINs of at most 24 digits, made under any
    // policy), so that a decided history mark stays decided while the person types on.
    let ready_for_history = consult_history
        && all_digits
        && length >= usize::from(policy.min_length()).max(1)
        && length <= HISTORY_DIGITS_MAX;
    let report = if ready_for_history {
        validate_pin(pin, policy, context)
    } else {
        validate_pin(pin, policy, &context.without_history())
    };
    // Longer than any PIN a history holds: known not to be in it.
    let beyond_history = consult_history && all_digits && length > HISTORY_DIGITS_MAX;
    let items = checklist_from(
        pin,
        policy,
        context,
        &report,
        ready_for_history || beyond_history,
    );
    Assessment { report, items }
}

/// The checklist for `pin` as typed so far (SPEC §7). A history in `context` is looked up
/// (one key derivation, two with `reversedHistory`) only once the PIN is all digits and at
/// least `minLength` long.
///
/// ```
/// use pinwarden::{Context, PatternCode, Policy, Rule, RuleState, checklist};
///
/// let context = Context::new().with_extension("36697");
/// let items = checklist("123", &Policy::EXCHANGE, &context);
/// let state = |rule| items.iter().find(|item| item.rule == rule).unwrap().state;
/// assert_eq!(state(Rule::Length { min: 6, max: 24 }), RuleState::Pending);
/// assert_eq!(state(Rule::DigitsOnly), RuleState::Met);
/// // 123 is sequential, but 1230… may not be: not known yet.
/// assert_eq!(state(Rule::Pattern(PatternCode::Sequential)), RuleState::Pending);
/// assert_eq!(state(Rule::Pattern(PatternCode::Repeated)), RuleState::Met);
/// ```
pub fn checklist(pin: &str, policy: &Policy, context: &Context<'_>) -> Vec<ChecklistItem> {
    assess(pin, policy, context).items
}

fn checklist_from(
    pin: &str,
    policy: &Policy,
    context: &Context<'_>,
    report: &crate::Report,
    history_consulted: bool,
) -> Vec<ChecklistItem> {
    let length = pin.chars().count();
    let all_digits = pin.bytes().all(|b| b.is_ascii_digit());
    let min = usize::from(policy.min_length());
    let max = usize::from(policy.max_length());
    let rules_only = context.without_history();
    let long_enough = length >= min.max(1);

    let mut items = vec![
        ChecklistItem {
            rule: Rule::Length {
                min: policy.min_length(),
                max: policy.max_length(),
            },
            state: match length {
                0 if min == 0 => RuleState::Met,
                n if n > max => RuleState::NotMet,
                n if n >= min && n > 0 => RuleState::Met,
                _ => RuleState::Pending,
            },
            advisory: false,
        },
        ChecklistItem {
            rule: Rule::DigitsOnly,
            state: match (pin.is_empty(), all_digits) {
                (true, _) => RuleState::Pending,
                (false, true) => RuleState::Met,
                (false, false) => RuleState::NotMet,
            },
            advisory: false,
        },
    ];

    for code in pattern_rules(policy, context) {
        let fired = report.has(code) || report.has_warning(code);
        let state = if pin.is_empty() || !all_digits {
            RuleState::Pending
        } else if code.needs() == Needs::History {
            // Decided by the history, like `recycled`: known once it has been consulted.
            match (history_consulted, fired) {
                (false, _) => RuleState::Pending,
                (true, true) => RuleState::NotMet,
                (true, false) => RuleState::Met,
            }
        } else if fired {
            if long_enough
                || lookahead::can_be_mended(pin, code, policy, &rules_only) == Some(false)
            {
                RuleState::NotMet
            } else {
                RuleState::Pending
            }
        } else if lookahead::can_be_broken(pin, code, policy, &rules_only) == Some(false) {
            RuleState::Met
        } else {
            RuleState::Pending
        };
        let check = code.extra();
        items.push(ChecklistItem {
            rule: match check.and_then(|check| policy.extra_check_max(check)) {
                Some(max) => Rule::Run { code, max },
                None => Rule::Pattern(code),
            },
            state,
            advisory: check.is_some_and(|check| policy.extra_check_warns(check)),
        });
    }

    if context.history().is_some() {
        let state = if !history_consulted {
            RuleState::Pending
        } else if report.has(Code::Recycled) {
            RuleState::NotMet
        } else {
            RuleState::Met
        };
        items.push(ChecklistItem {
            rule: Rule::NotRecent {
                count: policy.history_count(),
            },
            state,
            advisory: false,
        });
    }
    items
}

/// The pattern rules in force, in SPEC order: §2.2, then the extra checks; each only when
/// the context has what it reads (the extension rules only for a person with an extension).
fn pattern_rules(policy: &Policy, context: &Context<'_>) -> Vec<PatternCode> {
    if !policy.checks_patterns() {
        return Vec::new();
    }
    PatternCode::COMMON
        .into_iter()
        .chain(policy.extra_checks().map(ExtraCheck::code))
        .filter(|pattern| pattern.needs().met_by(context))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn states(pin: &str, policy: &Policy, context: &Context<'_>) -> Vec<(Rule, RuleState)> {
        checklist(pin, policy, context)
            .into_iter()
            .map(|item| (item.rule, item.state))
            .collect()
    }

    fn state_of(pin: &str, rule: Rule, policy: &Policy, context: &Context<'_>) -> RuleState {
        checklist(pin, policy, context)
            .into_iter()
            .find(|item| item.rule == rule)
            .map(|item| item.state)
            .unwrap()
    }

    #[test]
    fn lists_the_rules_in_force() {
        let none = Context::new();
        let rules: Vec<Rule> = states("", &Policy::EXCHANGE, &none)
            .into_iter()
            .map(|(rule, _)| rule)
            .collect();
        assert_eq!(
            rules,
            [
                Rule::Length { min: 6, max: 24 },
                Rule::DigitsOnly,
                Rule::Pattern(PatternCode::Sequential),
                Rule::Pattern(PatternCode::Repeated)
            ]
        );
        let history = ["480137"];
        let full = Context::new()
            .with_extension("36697")
            .with_history(&history);
        let rules: Vec<Rule> = states("", &Policy::STRICT, &full)
            .into_iter()
            .map(|(rule, _)| rule)
            .collect();
        assert!(rules.contains(&Rule::Pattern(PatternCode::ExtensionSuffix)));
        assert!(rules.contains(&Rule::Pattern(PatternCode::Date)));
        assert!(rules.contains(&Rule::Pattern(PatternCode::ContainsExtension)));
        assert_eq!(rules.last(), Some(&Rule::NotRecent { count: 5 }));
        let lenient = Policy::builder()
            .allow_common_patterns(true)
            .build()
            .unwrap();
        assert_eq!(
            states("", &lenient, &full).len(),
            3,
            "length, digits and history only"
        );
    }

    #[test]
    fn nothing_typed_is_pending() {
        for (rule, state) in states("", &Policy::EXCHANGE, &Context::new().with_extension("1")) {
            assert_eq!(state, RuleState::Pending, "{rule:?}");
        }
    }

    #[test]
    fn patterns_stay_pending_while_more_digits_may_mend_them() {
        let policy = Policy::EXCHANGE;
        let ext = Context::new().with_extension("36697");
        let sequential = Rule::Pattern(PatternCode::Sequential);
        assert_eq!(
            state_of("12", sequential, &policy, &ext),
            RuleState::Pending
        );
        assert_eq!(
            state_of("12345", sequential, &policy, &ext),
            RuleState::Pending
        );
        assert_eq!(
            state_of("123456", sequential, &policy, &ext),
            RuleState::NotMet,
            "reached minLength"
        );
        assert_eq!(state_of("1235", sequential, &policy, &ext), RuleState::Met);
        let suffix = Rule::Pattern(PatternCode::ExtensionSuffix);
        assert_eq!(state_of("697", suffix, &policy, &ext), RuleState::Pending);
        assert_eq!(state_of("6970", suffix, &policy, &ext), RuleState::Met);
    }

    #[test]
    fn a_pattern_no_digit_can_mend_is_not_met_at_once() {
        let policy = Policy::builder()
            .extra_checks([ExtraCheck::ContainsExtension])
            .build()
            .unwrap();
        let ext = Context::new().with_extension("36697");
        let rule = Rule::Pattern(PatternCode::ContainsExtension);
        assert_eq!(
            state_of("6697", rule, &policy, &ext),
            RuleState::NotMet,
            "contains it whatever follows"
        );
        assert_eq!(
            state_of("669", rule, &policy, &ext),
            RuleState::Pending,
            "one more 7 breaks it"
        );
        // At maxLength nothing more can be typed.
        let short = Policy::builder()
            .min_length(4)
            .max_length(4)
            .build()
            .unwrap();
        assert_eq!(
            state_of(
                "111",
                Rule::Pattern(PatternCode::Repeated),
                &short,
                &Context::new()
            ),
            RuleState::Pending
        );
        let three = Policy::builder()
            .min_length(0)
            .max_length(4)
            .build()
            .unwrap();
        assert_eq!(
            state_of(
                "1111",
                Rule::Pattern(PatternCode::Repeated),
                &three,
                &Context::new()
            ),
            RuleState::NotMet
        );
    }

    #[test]
    fn a_kept_pattern_is_met_only_once_no_digit_can_break_it() {
        // Issue 13, item 7: "1" kept "no run like 1234" but "12" breaks it.
        let none = Context::new();
        let sequential = Rule::Pattern(PatternCode::Sequential);
        assert_eq!(
            state_of("1", sequential, &Policy::EXCHANGE, &none),
            RuleState::Pending
        );
        assert_eq!(
            state_of("13", sequential, &Policy::EXCHANGE, &none),
            RuleState::Met
        );
        // The end of "+1 425 555 0123" can still be typed from 555.
        let phone = Context::new().with_extension("+1 425 555 0123");
        let suffix = Rule::Pattern(PatternCode::ExtensionSuffix);
        assert_eq!(
            state_of("555", suffix, &Policy::EXCHANGE, &phone),
            RuleState::Pending
        );
        assert_eq!(
            state_of("5556", suffix, &Policy::EXCHANGE, &phone),
            RuleState::Met
        );
        // A date needs at most 8 digits: 5 digits that no 3 more make a date are met.
        let date = Rule::Pattern(PatternCode::Date);
        assert_eq!(
            state_of("48013", date, &Policy::STRICT, &none),
            RuleState::Met
        );
    }

    /// A small deterministic generator, so that a failure names its seed.
    fn digits_from(seed: &mut u64, count: usize) -> String {
        (0..count)
            .map(|_| {
                *seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                char::from(b'0' + u8::try_from((*seed >> 33) % 10).unwrap())
            })
            .collect()
    }

    #[test]
    fn marks_never_flip_backwards_and_are_true_while_typing_forward() {
        let history: [&str; 0] = [];
        let context = Context::new()
            .with_extension("36697")
            .with_extension("+1 (425) 555-0123")
            .with_history(&history);
        let rules_only = context.without_history();
        let short = Policy::builder()
            .min_length(4)
            .max_length(6)
            .extra_checks(ExtraCheck::ALL)
            .build()
            .unwrap();
        let policies = [Policy::EXCHANGE, Policy::TEAMS, Policy::STRICT, short];
        for case in 0..200u64 {
            let policy = &policies[usize::try_from(case).unwrap() % policies.len()];
            let mut seed = case;
            let mut typed = digits_from(&mut seed, 12);
            // Some sequences start from a pattern, so that broken rules are common.
            if case % 3 == 0 {
                typed.replace_range(
                    ..4,
                    ["1234", "3669", "1111", "1357"][usize::try_from(case / 3).unwrap() % 4],
                );
            }
            let min = usize::from(policy.min_length());
            let mut before: Option<Vec<ChecklistItem>> = None;
            // A person can type past maxLength: marks stay monotone there too.
            for end in 1..=typed.len() {
                let pin = &typed[..end];
                let items = checklist(pin, policy, &context);
                for (index, item) in items.iter().enumerate() {
                    if !matches!(item.rule, Rule::Pattern(_)) {
                        continue;
                    }
                    let Rule::Pattern(code) = item.rule else {
                        continue;
                    };
                    if let Some(previous) = before.as_ref().map(|items| items[index].state) {
                        let backwards = match previous {
                            RuleState::Met => item.state != RuleState::Met,
                            RuleState::NotMet => end - 1 < min && item.state != RuleState::NotMet,
                            RuleState::Pending => false,
                        };
                        assert!(
                            !backwards,
                            "seed {case}: {code:?} {previous:?} -> {:?} at {end} digits",
                            item.state
                        );
                    }
                    // A decided mark is true of every continuation tried.
                    let mut probe = seed ^ u64::try_from(end).unwrap();
                    for _ in 0..20 {
                        let count = 1 + usize::try_from(probe % 6).unwrap();
                        let more = digits_from(&mut probe, count);
                        let longer = format!("{pin}{more}");
                        let refused = validate_pin(&longer, policy, &rules_only).has(code);
                        match item.state {
                            RuleState::Met => assert!(
                                !refused,
                                "seed {case}: {code:?} met at {end} but {}-digit continuation breaks it",
                                longer.len()
                            ),
                            RuleState::NotMet if end < min => assert!(
                                refused,
                                "seed {case}: {code:?} not met at {end} but mended"
                            ),
                            _ => {}
                        }
                    }
                }
                before = Some(items);
            }
        }
    }

    #[test]
    fn length_and_digits() {
        let policy = Policy::TEAMS;
        let none = Context::new();
        let length = Rule::Length { min: 5, max: 12 };
        assert_eq!(state_of("4801", length, &policy, &none), RuleState::Pending);
        assert_eq!(state_of("48013", length, &policy, &none), RuleState::Met);
        assert_eq!(
            state_of(&"4".repeat(13), length, &policy, &none),
            RuleState::NotMet
        );
        assert_eq!(
            state_of("48a", Rule::DigitsOnly, &policy, &none),
            RuleState::NotMet
        );
        assert_eq!(
            state_of(
                "48a",
                Rule::Pattern(PatternCode::Sequential),
                &policy,
                &none
            ),
            RuleState::Pending
        );
        let optional = Policy::builder().min_length(0).build().unwrap();
        assert_eq!(
            state_of("", Rule::Length { min: 0, max: 24 }, &optional, &none),
            RuleState::Met
        );
    }

    #[test]
    fn the_history_is_looked_up_only_when_the_pin_is_long_enough() {
        let history = ["480137"];
        let context = Context::new().with_history(&history);
        let rule = Rule::NotRecent { count: 5 };
        assert_eq!(
            state_of("48013", rule, &Policy::EXCHANGE, &context),
            RuleState::Pending
        );
        assert_eq!(
            state_of("480137", rule, &Policy::EXCHANGE, &context),
            RuleState::NotMet
        );
        assert_eq!(
            state_of("480138", rule, &Policy::EXCHANGE, &context),
            RuleState::Met
        );
    }

    #[test]
    fn assessing_without_the_history_leaves_its_rule_pending() {
        let history = ["480137"];
        let context = Context::new().with_history(&history);
        let quick = assess_without_history("480137", &Policy::EXCHANGE, &context);
        assert!(quick.report.ok(), "recycled is not known yet");
        assert_eq!(quick.items.last().unwrap().state, RuleState::Pending);
        assert_eq!(quick.pending(), 1);
        let full = assess("480137", &Policy::EXCHANGE, &context);
        assert!(full.report.has(Code::Recycled));
        assert_eq!(full.unmet(), 1);
    }

    #[test]
    fn labels_in_both_languages() {
        let items = checklist(
            "",
            &Policy::STRICT,
            &Context::new().with_extension("1").with_history(&["1"]),
        );
        for locale in Locale::ALL {
            let labels: Vec<String> = items.iter().map(|item| item.label(locale)).collect();
            let mut unique = labels.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), labels.len(), "{labels:?}");
            assert!(labels.iter().all(|label| !label.is_empty()));
        }
        assert_eq!(items[0].label(Locale::En), "6 to 24 digits");
        assert_eq!(items[0].label(Locale::Fr), "6 à 24 chiffres");
    }
}
