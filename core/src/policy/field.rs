//! The fields of a policy: their names, Exchange aliases and ranges (SPEC §1 table).

/// One field of a policy, as named in SPEC §1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// `minLength` (Exchange: `MinPINLength`).
    MinLength,
    /// `maxLength`.
    MaxLength,
    /// `lifetimeDays` (Exchange: `PINLifetime`).
    LifetimeDays,
    /// `failuresBeforeReset` (Exchange: `LogonFailuresBeforePINReset`).
    FailuresBeforeReset,
    /// `failuresBeforeLockout` (Exchange: `MaxLogonAttempts`).
    FailuresBeforeLockout,
    /// `allowCommonPatterns` (Exchange: `AllowCommonPatterns`).
    AllowCommonPatterns,
    /// `historyCount` (Exchange: `PINHistoryCount`).
    HistoryCount,
    /// `applyToExistingPins`.
    ApplyToExistingPins,
    /// `extraChecks`.
    ExtraChecks,
    /// `minAgeDays` (Cisco Unity Connection's and Webex's minimum PIN age).
    MinAgeDays,
    /// `expiryWarningDays`.
    ExpiryWarningDays,
}

impl Field {
    /// Every field, in the order of the SPEC §1 table.
    pub const ALL: [Field; 11] = [
        Field::MinLength,
        Field::MaxLength,
        Field::LifetimeDays,
        Field::FailuresBeforeReset,
        Field::FailuresBeforeLockout,
        Field::AllowCommonPatterns,
        Field::HistoryCount,
        Field::ApplyToExistingPins,
        Field::ExtraChecks,
        Field::MinAgeDays,
        Field::ExpiryWarningDays,
    ];

    /// The camelCase JSON name.
    pub const fn name(self) -> &'static str {
        match self {
            Field::MinLength => "minLength",
            Field::MaxLength => "maxLength",
            Field::LifetimeDays => "lifetimeDays",
            Field::FailuresBeforeReset => "failuresBeforeReset",
            Field::FailuresBeforeLockout => "failuresBeforeLockout",
            Field::AllowCommonPatterns => "allowCommonPatterns",
            Field::HistoryCount => "historyCount",
            Field::ApplyToExistingPins => "applyToExistingPins",
            Field::ExtraChecks => "extraChecks",
            Field::MinAgeDays => "minAgeDays",
            Field::ExpiryWarningDays => "expiryWarningDays",
        }
    }

    /// The `Set-UMMailboxPolicy` parameter name accepted as an alias, if there is one.
    pub const fn exchange_name(self) -> Option<&'static str> {
        match self {
            Field::MinLength => Some("MinPINLength"),
            Field::LifetimeDays => Some("PINLifetime"),
            Field::FailuresBeforeReset => Some("LogonFailuresBeforePINReset"),
            Field::FailuresBeforeLockout => Some("MaxLogonAttempts"),
            Field::AllowCommonPatterns => Some("AllowCommonPatterns"),
            Field::HistoryCount => Some("PINHistoryCount"),
            Field::MaxLength
            | Field::ApplyToExistingPins
            | Field::ExtraChecks
            | Field::MinAgeDays
            | Field::ExpiryWarningDays => None,
        }
    }

    /// The smallest and largest whole numbers this field takes, for a number input's
    /// `min` and `max`; `None` for the fields that are not numbers. `minLength` takes 0 or
    /// 4–24, so its bounds are (0, 24).
    ///
    /// ```
    /// use pinwarden::Field;
    /// assert_eq!(Field::HistoryCount.bounds(), Some((1, 20)));
    /// assert_eq!(Field::AllowCommonPatterns.bounds(), None);
    /// ```
    pub const fn bounds(self) -> Option<(u16, u16)> {
        match self {
            Field::MinLength => Some((0, 24)),
            Field::MaxLength => Some((4, 24)),
            Field::LifetimeDays | Field::MinAgeDays => Some((0, 999)),
            Field::FailuresBeforeReset => Some((1, 998)),
            Field::FailuresBeforeLockout => Some((1, 999)),
            Field::HistoryCount => Some((1, 20)),
            Field::ExpiryWarningDays => Some((0, 90)),
            Field::AllowCommonPatterns | Field::ApplyToExistingPins | Field::ExtraChecks => None,
        }
    }

    /// Whether an integer value is in this field's range (cross-field rules aside).
    pub(crate) fn accepts(self, value: i64) -> bool {
        match (self, self.bounds()) {
            (Field::MinLength, _) if (1..4).contains(&value) => false,
            (_, Some((low, high))) => (i64::from(low)..=i64::from(high)).contains(&value),
            (_, None) => false,
        }
    }

    /// The field a JSON key names, by its camelCase name or its Exchange alias.
    pub(crate) fn from_key(key: &str) -> Option<(Field, Spelling)> {
        Field::ALL.into_iter().find_map(|field| {
            if field.name() == key {
                Some((field, Spelling::Canonical))
            } else if field.exchange_name() == Some(key) {
                Some((field, Spelling::Exchange))
            } else {
                None
            }
        })
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// How a key named its field: Exchange aliases accept Exchange's value forms too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Spelling {
    Canonical,
    Exchange,
}

/// Properties that `Get-UMMailboxPolicy | ConvertTo-Json` prints besides the PIN settings.
/// They mean nothing to a PIN policy and are skipped, so that the cmdlet's output can be
/// pasted in as it is; any other unknown key is still an error.
pub(crate) const IGNORED_EXCHANGE_PROPERTIES: &[&str] = &[
    "AdminDisplayName",
    "AllowAutomaticSpeechRecognition",
    "AllowCallAnsweringRules",
    "AllowDialPlanSubscribers",
    "AllowedInCountryOrRegionGroups",
    "AllowedInternationalGroups",
    "AllowExtensions",
    "AllowFax",
    "AllowMessageWaitingIndicator",
    "AllowMissedCallNotifications",
    "AllowPinlessVoiceMailAccess",
    "AllowPlayOnPhone",
    "AllowSMSNotification",
    "AllowSubscriberAccess",
    "AllowTUIAccessToCalendar",
    "AllowTUIAccessToDirectory",
    "AllowTUIAccessToEmail",
    "AllowTUIAccessToPersonalContacts",
    "AllowVoiceMailAnalysis",
    "AllowVoiceMailPreview",
    "AllowVoiceNotification",
    "AllowVoiceResponseToOtherMessageTypes",
    "DistinguishedName",
    "ExchangeObjectId",
    "ExchangeVersion",
    "FaxMessageText",
    "FaxServerURI",
    "Guid",
    "Id",
    "Identity",
    "InformCallerOfVoiceMailAnalysis",
    "IsValid",
    "MaxGreetingDuration",
    "Name",
    "ObjectCategory",
    "ObjectClass",
    "ObjectState",
    "OrganizationId",
    "OriginatingServer",
    "ProtectAuthenticatedVoiceMail",
    "ProtectedVoiceMailText",
    "ProtectUnauthenticatedVoiceMail",
    "PSComputerName",
    "PSShowComputerName",
    "RequireProtectedPlayOnPhone",
    "ResetPINText",
    "RunspaceId",
    "SourceForestPolicyNames",
    "UMDialPlan",
    "UMEnabledText",
    "VoiceMailPreviewPartnerAddress",
    "VoiceMailPreviewPartnerAssignedID",
    "VoiceMailPreviewPartnerMaxDeliveryDelay",
    "VoiceMailPreviewPartnerMaxMessageDuration",
    "VoiceMailText",
    "WhenChanged",
    "WhenChangedUTC",
    "WhenCreated",
    "WhenCreatedUTC",
];
