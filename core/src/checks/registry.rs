//! `registry!`: from the one list of codes and checks in `checks.rs`, the types that name
//! them and every dispatch over them. Each `match` below lists every variant, so that no
//! code can be left without a name, a message or a check.

/// Expands the list of `checks.rs` into [`Code`](crate::Code),
/// [`PatternCode`](crate::PatternCode), [`ExtraCheck`](crate::ExtraCheck), the crate's
/// `Kind` of a code, and the modules of the checks.
macro_rules! registry {
    (
        always {
            $( $(#[$always_doc:meta])* $always:ident = $always_name:literal, )*
        }
        common {
            $( $(#[$common_doc:meta])* $common:ident in $common_module:ident, )*
        }
        extra {
            $( $(#[$extra_doc:meta])* $extra:ident in $extra_module:ident, )*
        }
    ) => {
        $( mod $common_module; )*
        $( mod $extra_module; )*

        /// How many codes there are.
        const CODE_COUNT: usize =
            <[&str]>::len(&[$(stringify!($always),)* $(stringify!($common),)* $(stringify!($extra),)*]);
        /// How many pattern checks there are (§2.2 and §2.3).
        const PATTERN_COUNT: usize =
            <[&str]>::len(&[$(stringify!($common),)* $(stringify!($extra),)*]);
        /// How many checks §2.2 has.
        const COMMON_COUNT: usize = <[&str]>::len(&[$(stringify!($common),)*]);
        /// How many opt-in checks §2.3 has.
        const EXTRA_COUNT: usize = <[&str]>::len(&[$(stringify!($extra),)*]);

        /// A stable violation code. The order of the variants is the order of the SPEC §2
        /// tables, which is the order violations are reported in.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Code {
            $( $(#[$always_doc])* $always, )*
            $( $(#[$common_doc])* $common, )*
            $( $(#[$extra_doc])* $extra, )*
        }

        impl Code {
            /// Every code, in report order.
            pub const ALL: [Code; CODE_COUNT] =
                [$(Code::$always,)* $(Code::$common,)* $(Code::$extra,)*];

            /// The code as published (camelCase); it never changes.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( Code::$always => $always_name, )*
                    $( Code::$common => <$common_module::$common as Check>::NAME, )*
                    $( Code::$extra => <$extra_module::$extra as Check>::NAME, )*
                }
            }

            /// The pattern check's code, for the codes of §2.2 and §2.3.
            ///
            /// ```
            /// use pinwarden::{Code, PatternCode};
            /// assert_eq!(Code::Date.pattern(), Some(PatternCode::Date));
            /// assert_eq!(Code::TooShort.pattern(), None);
            /// ```
            pub const fn pattern(self) -> Option<PatternCode> {
                match self.kind() {
                    $( Kind::$always => None, )*
                    Kind::Pattern(pattern) => Some(pattern),
                }
            }

            /// Which rule reported the code: one of §2.1 (with the policy's numbers), or a
            /// pattern check.
            pub(crate) const fn kind(self) -> Kind {
                match self {
                    $( Code::$always => Kind::$always, )*
                    $( Code::$common => Kind::Pattern(PatternCode::$common), )*
                    $( Code::$extra => Kind::Pattern(PatternCode::$extra), )*
                }
            }
        }

        /// A code seen from the rule that reports it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum Kind {
            $( $always, )*
            /// A pattern check of §2.2 or §2.3.
            Pattern(PatternCode),
        }

        /// The code of a pattern check (SPEC §2.2 and §2.3): the codes a checklist line
        /// ([`Rule::Pattern`](crate::Rule::Pattern)) and a
        /// [`Violation::Pattern`](crate::Violation::Pattern) can hold. Each has its logic,
        /// examples, messages and label in one file of `checks/`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum PatternCode {
            $( $(#[$common_doc])* $common, )*
            $( $(#[$extra_doc])* $extra, )*
        }

        impl PatternCode {
            /// Every pattern check, in report order.
            pub const ALL: [PatternCode; PATTERN_COUNT] =
                [$(PatternCode::$common,)* $(PatternCode::$extra,)*];

            /// The code in the list of every code.
            pub const fn code(self) -> Code {
                match self {
                    $( PatternCode::$common => Code::$common, )*
                    $( PatternCode::$extra => Code::$extra, )*
                }
            }

            /// The code as published (camelCase).
            pub const fn name(self) -> &'static str {
                self.code().as_str()
            }

            /// The opt-in check of §2.3 that reports this code; `None` for §2.2.
            pub const fn extra(self) -> Option<ExtraCheck> {
                match self {
                    $( PatternCode::$common => None, )*
                    $( PatternCode::$extra => Some(ExtraCheck::$extra), )*
                }
            }

            /// What of the context the check reads.
            pub const fn needs(self) -> Needs {
                match self {
                    $( PatternCode::$common => <$common_module::$common as Check>::NEEDS, )*
                    $( PatternCode::$extra => <$extra_module::$extra as Check>::NEEDS, )*
                }
            }

            /// The check's examples, the SPEC's first.
            pub const fn examples(self) -> Examples {
                match self {
                    $( PatternCode::$common => <$common_module::$common as Check>::EXAMPLES, )*
                    $( PatternCode::$extra => <$extra_module::$extra as Check>::EXAMPLES, )*
                }
            }

            /// Whether an all-digit, non-empty PIN breaks this rule in `context` (at the
            /// default `max` for the checks that take one).
            pub fn refuses(self, digits: &[u8], context: &Context<'_>) -> bool {
                self.refuses_with(digits, context, self.default_max())
            }

            /// Whether an all-digit, non-empty PIN breaks this rule in `context`, with the
            /// parameter `max` (ignored by the checks that take none).
            pub fn refuses_with(self, digits: &[u8], context: &Context<'_>, max: u8) -> bool {
                match self {
                    $( PatternCode::$common => $common_module::$common::refuses_with(digits, context, max), )*
                    $( PatternCode::$extra => $extra_module::$extra::refuses_with(digits, context, max), )*
                }
            }

            /// The default of the parameter `max`; 0 for the checks that take none (they
            /// ignore it).
            const fn default_max(self) -> u8 {
                match self.max_range() {
                    Some(range) => range.default,
                    None => 0,
                }
            }

            /// What the live checklist may know of the rule's shape.
            pub(crate) const fn shape(self) -> Shape {
                match self {
                    $( PatternCode::$common => <$common_module::$common as Check>::SHAPE, )*
                    $( PatternCode::$extra => <$extra_module::$extra as Check>::SHAPE, )*
                }
            }

            /// The range and default of the parameter `max`, for the checks that take one.
            pub const fn max_range(self) -> Option<MaxRange> {
                match self {
                    $( PatternCode::$common => <$common_module::$common as Check>::MAX, )*
                    $( PatternCode::$extra => <$extra_module::$extra as Check>::MAX, )*
                }
            }

            /// The message of a violation of this rule in `locale` (SPEC §5), at the
            /// default `max` for the checks that take one.
            pub fn message(self, locale: Locale) -> String {
                self.message_with(locale, self.default_max())
            }

            /// The message with the parameter `max` (ignored by the checks that take none).
            pub fn message_with(self, locale: Locale, max: u8) -> String {
                match self {
                    $( PatternCode::$common => $common_module::$common::message_with(locale, max), )*
                    $( PatternCode::$extra => $extra_module::$extra::message_with(locale, max), )*
                }
            }

            /// The checklist label of this rule in `locale` (SPEC §7), at the default
            /// `max` for the checks that take one.
            pub fn label(self, locale: Locale) -> String {
                self.label_with(locale, self.default_max())
            }

            /// The checklist label with the parameter `max` (ignored by the checks that
            /// take none).
            pub fn label_with(self, locale: Locale, max: u8) -> String {
                match self {
                    $( PatternCode::$common => $common_module::$common::label_with(locale, max), )*
                    $( PatternCode::$extra => $extra_module::$extra::label_with(locale, max), )*
                }
            }
        }

        /// The §2.2 checks.
        const COMMON: [PatternCode; COMMON_COUNT] = [$(PatternCode::$common,)*];

        /// One opt-in check of SPEC §2.3. Each also requires `allowCommonPatterns` false.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum ExtraCheck {
            $( $(#[$extra_doc])* $extra, )*
        }

        impl ExtraCheck {
            /// Every extra check, in SPEC order.
            pub const ALL: [ExtraCheck; EXTRA_COUNT] = [$(ExtraCheck::$extra,)*];

            /// The code this check reports; its name in `extraChecks` is the same.
            pub const fn code(self) -> PatternCode {
                match self {
                    $( ExtraCheck::$extra => PatternCode::$extra, )*
                }
            }

            /// The name used in `extraChecks`.
            pub const fn name(self) -> &'static str {
                self.code().name()
            }
        }
    };
}
