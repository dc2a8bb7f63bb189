<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CloudTenantPage</name>
    <message>
        <source>Cloud and tenant</source>
        <translation>Cloud und Mandant</translation>
    </message>
    <message>
        <source>Where your organisation&apos;s Microsoft 365 lives. The wizard asks Microsoft whether the tenant exists there.</source>
        <translation>Wo das Microsoft 365 Ihrer Organisation liegt. Der Assistent fragt Microsoft, ob der Mandant dort existiert.</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Sign-in &amp;base URL:</source>
        <translation>Anmelde-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Sign-in base URL</source>
        <translation>Anmelde-Basis-URL</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>&amp;Graph base URL:</source>
        <translation>&amp;Graph-Basis-URL:</translation>
    </message>
    <message>
        <source>Graph base URL</source>
        <translation>Graph-Basis-URL</translation>
    </message>
    <message>
        <source>https://graph.example.com</source>
        <translation>https://graph.example.com</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>The tenant&apos;s domain, such as contoso.onmicrosoft.com, or its tenant ID</source>
        <translation>Die Domäne des Mandanten, etwa contoso.onmicrosoft.com, oder seine ID</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the Directory (tenant) ID</source>
        <translation>contoso.onmicrosoft.com oder die Verzeichnis-ID (Mandant)</translation>
    </message>
    <message>
        <source>Any domain of your organisation works; the wizard finds the tenant ID for you.</source>
        <translation>Jede Domäne Ihrer Organisation funktioniert; der Assistent ermittelt die Mandanten-ID für Sie.</translation>
    </message>
    <message>
        <source>Tenant &amp;ID:</source>
        <translation>Mandanten-&amp;ID:</translation>
    </message>
    <message>
        <source>Resolved tenant ID</source>
        <translation>Ermittelte Mandanten-ID</translation>
    </message>
    <message>
        <source>found when the tenant is checked</source>
        <translation>wird bei der Mandantenprüfung ermittelt</translation>
    </message>
    <message>
        <source>C&amp;heck tenant</source>
        <translation>Mandanten &amp;prüfen</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Network settings</source>
        <translation>&amp;Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>empty: system settings; &quot;none&quot;; or http://proxy:3128</source>
        <translation>leer: Systemeinstellungen; „none“; oder http://proxy:3128</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CA file:</source>
        <translation>Zusätzliche vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation>Zusätzliche vertrauenswürdige CA-Datei</translation>
    </message>
    <message>
        <source>PEM file of your proxy&apos;s certificate authority</source>
        <translation>PEM-Datei der Zertifizierungsstelle Ihres Proxys</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Needed only when a proxy inspects TLS traffic. The file is trusted for this tool&apos;s own requests, nowhere else.</source>
        <translation>Nur nötig, wenn ein Proxy TLS-Verkehr prüft. Die Datei gilt nur für die Anfragen dieses Werkzeugs, sonst nirgends.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Application credentials</source>
        <translation>Anmeldedaten der Anwendung</translation>
    </message>
    <message>
        <source>Paste the values from the app&apos;s Overview and from Certificates &amp; secrets, then verify them with Microsoft.</source>
        <translation>Fügen Sie die Werte aus der Übersicht der App und aus „Zertifikate &amp; Geheimnisse“ ein und prüfen Sie sie bei Microsoft.</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Anwendungs-ID (&amp;Client):</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Client &amp;secret (Value):</source>
        <translation>Geheimer &amp;Clientschlüssel (Wert):</translation>
    </message>
    <message>
        <source>Client secret value</source>
        <translation>Wert des geheimen Clientschlüssels</translation>
    </message>
    <message>
        <source>The Value column of the client secret, not the Secret ID</source>
        <translation>Die Spalte „Wert“ des Clientschlüssels, nicht die Geheimnis-ID</translation>
    </message>
    <message>
        <source>the Value column, not the Secret ID</source>
        <translation>die Spalte „Wert“, nicht die Geheimnis-ID</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Geheimen Clientschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Secret &amp;expires on:</source>
        <translation>Schlüssel läuft &amp;ab am:</translation>
    </message>
    <message>
        <source>Secret expiry date</source>
        <translation>Ablaufdatum des Schlüssels</translation>
    </message>
    <message>
        <source>I don&apos;t &amp;know the date</source>
        <translation>Ich &amp;kenne das Datum nicht</translation>
    </message>
    <message>
        <source>&amp;Verify with Microsoft</source>
        <translation>Bei Microsoft &amp;prüfen</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>Prüfung abbrechen</translation>
    </message>
</context>
<context>
    <name>FlexoAddressesPage</name>
    <message>
        <source>FlexO addresses</source>
        <translation>FlexO-Adressen</translation>
    </message>
    <message>
        <source>The addresses your FlexO representative gave you. They must match the redirect URIs registered on the app.</source>
        <translation>Die Adressen von Ihrem FlexO-Ansprechpartner. Sie müssen zu den in der App registrierten Umleitungs-URIs passen.</translation>
    </message>
    <message>
        <source>FlexO &amp;redirect URIs:</source>
        <translation>FlexO-&amp;Umleitungs-URIs:</translation>
    </message>
    <message>
        <source>FlexO redirect URIs</source>
        <translation>FlexO-Umleitungs-URIs</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;New URI:</source>
        <translation>&amp;Neue URI:</translation>
    </message>
    <message>
        <source>New FlexO redirect URI</source>
        <translation>Neue FlexO-Umleitungs-URI</translation>
    </message>
    <message>
        <source>https://flexo.example.org/teams/oauth/callback</source>
        <translation>https://flexo.example.org/teams/oauth/callback</translation>
    </message>
    <message>
        <source>&amp;Lifecycle URL:</source>
        <translation>&amp;Lifecycle-URL:</translation>
    </message>
    <message>
        <source>Lifecycle URL</source>
        <translation>Lifecycle-URL</translation>
    </message>
    <message>
        <source>https://flexo.example.org/teams/lifecycle</source>
        <translation>https://flexo.example.org/teams/lifecycle</translation>
    </message>
</context>
<context>
    <name>MeetingTestPage</name>
    <message>
        <source>Teams meeting test</source>
        <translation>Teams-Besprechungstest</translation>
    </message>
    <message>
        <source>Creates a short test meeting in the signed-in account and deletes it at once, as FlexO will do for bookings.</source>
        <translation>Erstellt eine kurze Testbesprechung im angemeldeten Konto und löscht sie sofort, wie FlexO es für Buchungen tun wird.</translation>
    </message>
    <message>
        <source>&amp;Delete the earlier test meeting</source>
        <translation>Frühere Testbesprechung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Run the meeting test</source>
        <translation>Besprechungstest &amp;starten</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Steps of the meeting test</source>
        <translation>Schritte des Besprechungstests</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>RegisterAppPage</name>
    <message>
        <source>Register the app in the Azure portal</source>
        <translation>App im Azure-Portal registrieren</translation>
    </message>
    <message>
        <source>Open the portal, do each step and tick it. Every value to paste is one Copy click away.</source>
        <translation>Öffnen Sie das Portal, erledigen Sie jeden Schritt und haken Sie ihn ab. Jeder einzufügende Wert ist einen Klick auf „Kopieren“ entfernt.</translation>
    </message>
    <message>
        <source>&amp;Open the Azure portal</source>
        <translation>Azure-Portal ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the connector config</source>
        <translation>Connector-Konfiguration speichern</translation>
    </message>
    <message>
        <source>Check the summary, save the config, and export a copy for the FlexO server.</source>
        <translation>Prüfen Sie die Übersicht, speichern Sie die Konfiguration und exportieren Sie eine Kopie für den FlexO-Server.</translation>
    </message>
    <message>
        <source>Summary of the values and checks</source>
        <translation>Übersicht der Werte und Prüfungen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Config file location</source>
        <translation>Speicherort der Konfigurationsdatei</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The client secret goes to your system keychain; the config file only says where to find it.</source>
        <translation>Der geheime Clientschlüssel kommt in den Schlüsselbund des Systems; die Konfigurationsdatei sagt nur, wo er liegt.</translation>
    </message>
    <message>
        <source>Export for the FlexO server</source>
        <translation>Export für den FlexO-Server</translation>
    </message>
    <message>
        <source>&amp;Include the client secret in the exported file</source>
        <translation>Geheimen Clientschlüssel in die exportierte Datei &amp;aufnehmen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Test sign-in</source>
        <translation>Testanmeldung</translation>
    </message>
    <message>
        <source>Sign in once as FlexO users will: this proves the redirect, the consent and the permissions.</source>
        <translation>Melden Sie sich einmal so an wie die FlexO-Benutzer: Das beweist Umleitung, Zustimmung und Berechtigungen.</translation>
    </message>
    <message>
        <source>Your browser opens Microsoft&apos;s sign-in page. Sign in with an account of your organisation that has a Teams licence and accept the permissions. The browser then comes back to this wizard on your own computer; nothing is sent anywhere else.</source>
        <translation>Ihr Browser öffnet die Anmeldeseite von Microsoft. Melden Sie sich mit einem Konto Ihrer Organisation mit Teams-Lizenz an und akzeptieren Sie die Berechtigungen. Der Browser kehrt dann zu diesem Assistenten auf Ihrem eigenen Rechner zurück; nichts wird anderswohin gesendet.</translation>
    </message>
    <message>
        <source>&amp;Sign in in browser</source>
        <translation>Im Browser &amp;anmelden</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to open it in another browser</source>
        <translation>Anmeldeadresse kopieren, um sie in einem anderen Browser zu öffnen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Message to send to your administrator</source>
        <translation>Nachricht an Ihren Administrator</translation>
    </message>
    <message>
        <source>Copy the &amp;message</source>
        <translation>&amp;Nachricht kopieren</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Token refresh:</source>
        <translation>Token-Erneuerung:</translation>
    </message>
    <message>
        <source>The browser did not come back?</source>
        <translation>Der Browser ist nicht zurückgekehrt?</translation>
    </message>
    <message>
        <source>Paste the &amp;address the browser ended on (its address bar), even an error page:</source>
        <translation>Fügen Sie die &amp;Adresse ein, bei der der Browser gelandet ist (Adressleiste), auch eine Fehlerseite:</translation>
    </message>
    <message>
        <source>Address the browser was sent to</source>
        <translation>Adresse, zu der der Browser geleitet wurde</translation>
    </message>
    <message>
        <source>http://localhost:…/flexo-teams-setup?code=… or the error page&apos;s address</source>
        <translation>http://localhost:…/flexo-teams-setup?code=… oder die Adresse der Fehlerseite</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>Diese Adresse &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect FlexO to Microsoft Teams</source>
        <translation>FlexO mit Microsoft Teams verbinden</translation>
    </message>
    <message>
        <source>This wizard registers FlexO with Microsoft Entra ID, checks every value against Microsoft, and saves a connector config you can trust.</source>
        <translation>Dieser Assistent registriert FlexO in Microsoft Entra ID, prüft jeden Wert bei Microsoft und speichert eine verlässliche Connector-Konfiguration.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Before you start, have at hand:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;an Azure administrator account for your organisation (one that may register applications and grant admin consent, such as a Global Administrator);&lt;/li&gt;&lt;li&gt;a FlexO administrator account;&lt;/li&gt;&lt;li&gt;the FlexO redirect URI(s) and lifecycle URL that your FlexO representative sent you.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;It takes about fifteen minutes. You will leave the wizard only to use the Azure portal and the Microsoft sign-in page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Halten Sie vor dem Start bereit:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;ein Azure-Administratorkonto Ihrer Organisation (eines, das Anwendungen registrieren und Administratorzustimmung erteilen darf, etwa ein globaler Administrator);&lt;/li&gt;&lt;li&gt;ein FlexO-Administratorkonto;&lt;/li&gt;&lt;li&gt;die FlexO-Umleitungs-URI(s) und die Lifecycle-URL von Ihrem FlexO-Ansprechpartner.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Es dauert etwa fünfzehn Minuten. Sie verlassen den Assistenten nur für das Azure-Portal und die Anmeldeseite von Microsoft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>&amp;Set up a new connection</source>
        <translation>Neue Verbindung &amp;einrichten</translation>
    </message>
    <message>
        <source>&amp;Check an existing connector config</source>
        <translation>Bestehende Konfiguration &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Open a config file…</source>
        <translation>Konfigurationsdatei ö&amp;ffnen…</translation>
    </message>
</context>
<context>
    <name>flexo::SignInCheck</name>
    <message>
        <source>No sign-in is waiting for an answer.</source>
        <translation>Keine Anmeldung wartet auf eine Antwort.</translation>
    </message>
</context>
<context>
    <name>flexo::ui</name>
    <message>
        <source>Check a config</source>
        <translation>Konfiguration prüfen</translation>
    </message>
    <message>
        <source>This build has no diagnose view. Run &quot;flexo-teams-setup diagnose %1&quot; in a terminal instead.</source>
        <translation>Diese Version hat keine Diagnoseansicht. Führen Sie stattdessen „flexo-teams-setup diagnose %1“ in einem Terminal aus.</translation>
    </message>
    <message>
        <source>FlexO Teams Setup</source>
        <translation>FlexO Teams-Einrichtung</translation>
    </message>
    <message>
        <source>Sets up and checks the Microsoft Teams connector of a FlexO server.</source>
        <translation>Richtet den Microsoft-Teams-Connector eines FlexO-Servers ein und prüft ihn.</translation>
    </message>
    <message>
        <source>Start with the Custom cloud, sign-in and Graph at &lt;url&gt;.</source>
        <translation>Mit der benutzerdefinierten Cloud starten, Anmeldung und Graph unter &lt;url&gt;.</translation>
    </message>
    <message>
        <source>Use a dark colour scheme.</source>
        <translation>Dunkles Farbschema verwenden.</translation>
    </message>
    <message>
        <source>A connector config to check.</source>
        <translation>Eine zu prüfende Connector-Konfiguration.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::CloudTenantPage</name>
    <message>
        <source>Global (also US Government GCC)</source>
        <translation>Global (auch US Government GCC)</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>US Government GCC High</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>US Government DoD</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (betrieben von 21Vianet)</translation>
    </message>
    <message>
        <source>Custom (sign-in and Graph addresses of your own)</source>
        <translation>Benutzerdefiniert (eigene Anmelde- und Graph-Adressen)</translation>
    </message>
    <message>
        <source>The tenant check was cancelled.</source>
        <translation>Die Mandantenprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Press Check tenant to try again.</source>
        <translation>Drücken Sie „Mandanten prüfen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Teams online meetings are not available in this cloud.</source>
        <translation>Teams-Onlinebesprechungen sind in dieser Cloud nicht verfügbar.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not offer online meetings in Microsoft 365 operated by 21Vianet, so FlexO cannot create Teams meetings there.</source>
        <translation>Microsoft Graph bietet in dem von 21Vianet betriebenen Microsoft 365 keine Onlinebesprechungen an, daher kann FlexO dort keine Teams-Besprechungen erstellen.</translation>
    </message>
    <message>
        <source>If your organisation also has a tenant in another cloud, choose that cloud. Otherwise the FlexO Teams connector cannot be used.</source>
        <translation>Hat Ihre Organisation auch einen Mandanten in einer anderen Cloud, wählen Sie diese. Sonst kann der FlexO-Teams-Connector nicht genutzt werden.</translation>
    </message>
    <message>
        <source>Asking Microsoft about this tenant…</source>
        <translation>Microsoft wird zu diesem Mandanten befragt…</translation>
    </message>
    <message>
        <source>Choose the CA file of your proxy</source>
        <translation>CA-Datei Ihres Proxys auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>flexo::ui::CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>flexo::ui::CredentialsPage</name>
    <message>
        <source>Verify the client ID and secret with Microsoft</source>
        <translation>Client-ID und Schlüssel bei Microsoft prüfen</translation>
    </message>
    <message>
        <source>I don&apos;t know the expiry date</source>
        <translation>Ich kenne das Ablaufdatum nicht</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>Geheimen Clientschlüssel verbergen</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Geheimen Clientschlüssel anzeigen</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Press Verify to try again.</source>
        <translation>Drücken Sie „Prüfen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Without the expiry date, nobody is warned before the secret stops working.</source>
        <translation>Ohne Ablaufdatum wird niemand gewarnt, bevor der Schlüssel nicht mehr funktioniert.</translation>
    </message>
    <message>
        <source>The date is in the portal, under Certificates &amp; secrets, in the Expires column.</source>
        <translation>Das Datum steht im Portal unter „Zertifikate &amp; Geheimnisse“ in der Spalte „Läuft ab“.</translation>
    </message>
    <message>
        <source>Asking Microsoft to accept the client ID and secret…</source>
        <translation>Microsoft wird gebeten, Client-ID und Schlüssel anzunehmen…</translation>
    </message>
</context>
<context>
    <name>flexo::ui::DiagnoseWindow</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Check a Teams connector</source>
        <translation>Teams-Connector prüfen</translation>
    </message>
    <message>
        <source>Open a connector config to check it.</source>
        <translation>Öffnen Sie eine Connector-Konfiguration, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Client secret (when not in the keychain):</source>
        <translation>Geheimer Clientschlüssel (falls nicht im Schlüsselbund):</translation>
    </message>
    <message>
        <source>used for this check only, never saved</source>
        <translation>nur für diese Prüfung verwendet, nie gespeichert</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&amp;Open config…</source>
        <translation>Konfiguration ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Run checks again</source>
        <translation>Prüfungen &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>Test &amp;sign-in and meeting…</source>
        <translation>&amp;Anmeldung und Besprechung testen…</translation>
    </message>
    <message>
        <source>Signs in in your browser and creates and deletes a probe Teams meeting.</source>
        <translation>Meldet sich im Browser an und erstellt und löscht eine Test-Teams-Besprechung.</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open a connector config</source>
        <translation>Connector-Konfiguration öffnen</translation>
    </message>
    <message>
        <source>Connector configs (*.json);;All files (*)</source>
        <translation>Connector-Konfigurationen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This config cannot be checked.</source>
        <translation>Diese Konfiguration kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Check a Teams connector — %1</source>
        <translation>Teams-Connector prüfen — %1</translation>
    </message>
    <message>
        <source>Tenant %1, client ID %2, cloud %3</source>
        <translation>Mandant %1, Client-ID %2, Cloud %3</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>AADSTS code</source>
        <translation>AADSTS-Code</translation>
    </message>
    <message>
        <source>OAuth error</source>
        <translation>OAuth-Fehler</translation>
    </message>
    <message>
        <source>Graph error code</source>
        <translation>Graph-Fehlercode</translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation>Trace-ID</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anforderungs-ID</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Serverzeit</translation>
    </message>
    <message>
        <source>Observed:</source>
        <translation>Beobachtet:</translation>
    </message>
    <message>
        <source>Microsoft&apos;s page about this error</source>
        <translation>Microsofts Seite zu diesem Fehler</translation>
    </message>
</context>
<context>
    <name>flexo::ui::FlexoAddressesPage</name>
    <message>
        <source>Add the new redirect URI</source>
        <translation>Neue Umleitungs-URI hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected redirect URI</source>
        <translation>Ausgewählte Umleitungs-URI bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected redirect URI</source>
        <translation>Ausgewählte Umleitungs-URI entfernen</translation>
    </message>
</context>
<context>
    <name>flexo::ui::MeetingTestPage</name>
    <message>
        <source>Run the meeting test</source>
        <translation>Besprechungstest starten</translation>
    </message>
    <message>
        <source>Cancel the meeting test</source>
        <translation>Besprechungstest abbrechen</translation>
    </message>
    <message>
        <source>Delete the test meeting left by an earlier run</source>
        <translation>Von einem früheren Lauf übrig gebliebene Testbesprechung löschen</translation>
    </message>
    <message>
        <source>Create a test meeting in Teams</source>
        <translation>Testbesprechung in Teams erstellen</translation>
    </message>
    <message>
        <source>Delete it and confirm that it is gone</source>
        <translation>Löschen und bestätigen, dass sie weg ist</translation>
    </message>
    <message>
        <source>Deleting the earlier test meeting…</source>
        <translation>Frühere Testbesprechung wird gelöscht…</translation>
    </message>
    <message>
        <source>The meeting test was cancelled.</source>
        <translation>Der Besprechungstest wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Press Run the meeting test to try again.</source>
        <translation>Drücken Sie „Besprechungstest starten“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>FlexO will be able to create and delete Teams meetings.</source>
        <translation>FlexO kann Teams-Besprechungen erstellen und löschen.</translation>
    </message>
    <message>
        <source>The earlier test meeting was deleted.</source>
        <translation>Die frühere Testbesprechung wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>A test meeting from an earlier run may still be in the signed-in account.</source>
        <translation>Eine Testbesprechung eines früheren Laufs ist möglicherweise noch im angemeldeten Konto.</translation>
    </message>
    <message>
        <source>An earlier run stopped after creating its &quot;FlexO connection test&quot; meeting and before deleting it.</source>
        <translation>Ein früherer Lauf hat nach dem Erstellen seiner Besprechung „FlexO connection test“ und vor dem Löschen angehalten.</translation>
    </message>
    <message>
        <source>Press Delete the earlier test meeting; it needs the test sign-in of the same account.</source>
        <translation>Drücken Sie „Frühere Testbesprechung löschen“; dafür ist die Testanmeldung desselben Kontos nötig.</translation>
    </message>
    <message>
        <source>Meeting id: %1</source>
        <translation>Besprechungs-ID: %1</translation>
    </message>
    <message>
        <source>Join link: %1</source>
        <translation>Teilnahmelink: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier test meeting(s) could not be deleted and must be removed by hand.</source>
        <translation>
            <numerusform>%n frühere Testbesprechung konnte nicht gelöscht werden und muss von Hand entfernt werden.</numerusform>
            <numerusform>%n frühere Testbesprechungen konnten nicht gelöscht werden und müssen von Hand entfernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the calendar of the signed-in account in Teams or Outlook and delete the &quot;FlexO connection test&quot; meeting(s) listed here, or try Delete the earlier test meeting again later.</source>
        <translation>Öffnen Sie den Kalender des angemeldeten Kontos in Teams oder Outlook und löschen Sie die hier aufgeführte(n) Besprechung(en) „FlexO connection test“, oder versuchen Sie es später erneut mit „Frühere Testbesprechung löschen“.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::MessageWidget</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this message as text, for example for a support ticket</source>
        <translation>Diese Meldung als Text kopieren, etwa für ein Support-Ticket</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Meldung kopieren</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Was tun:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>trace ID %1</source>
        <translation>Trace-ID %1</translation>
    </message>
    <message>
        <source>correlation ID %1</source>
        <translation>Korrelations-ID %1</translation>
    </message>
    <message>
        <source>request ID %1</source>
        <translation>Anforderungs-ID %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>flexo::ui::RegisterAppPage</name>
    <message>
        <source>Open the Azure portal in the browser</source>
        <translation>Azure-Portal im Browser öffnen</translation>
    </message>
    <message>
        <source>1. Create the app registration</source>
        <translation>1. App-Registrierung anlegen</translation>
    </message>
    <message>
        <source>In the portal, open Microsoft Entra ID, then App registrations, then New registration. Give it a name your colleagues will recognise and keep &quot;Accounts in this organizational directory only&quot;.</source>
        <translation>Öffnen Sie im Portal Microsoft Entra ID, dann App-Registrierungen, dann Neue Registrierung. Geben Sie einen Namen, den Ihre Kollegen erkennen, und behalten Sie „Nur Konten in diesem Organisationsverzeichnis“.</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Anwendungsname</translation>
    </message>
    <message>
        <source>FlexO Teams connector</source>
        <translation>FlexO Teams-Connector</translation>
    </message>
    <message>
        <source>2. Add the redirect URIs on the Web platform</source>
        <translation>2. Umleitungs-URIs zur Web-Plattform hinzufügen</translation>
    </message>
    <message>
        <source>Under Redirect URI choose the platform &quot;Web&quot; and enter the first address below; after Register, open Authentication and add the others to the same Web platform. The first one lets this wizard test the sign-in; the FlexO ones come from your FlexO representative.</source>
        <translation>Wählen Sie unter Umleitungs-URI die Plattform „Web“ und geben Sie die erste Adresse unten ein; öffnen Sie nach „Registrieren“ die Authentifizierung und fügen Sie die übrigen zur selben Web-Plattform hinzu. Die erste dient der Testanmeldung dieses Assistenten; die FlexO-Adressen stammen von Ihrem FlexO-Ansprechpartner.</translation>
    </message>
    <message>
        <source>3. Turn on ID tokens</source>
        <translation>3. ID-Token aktivieren</translation>
    </message>
    <message>
        <source>Still under Authentication, in &quot;Implicit grant and hybrid flows&quot;, tick &quot;ID tokens&quot; and press Save.</source>
        <translation>Haken Sie weiterhin unter Authentifizierung bei „Implizite Genehmigung und hybride Flows“ „ID-Token“ an und drücken Sie „Speichern“.</translation>
    </message>
    <message>
        <source>4. Add the Teams meeting permission</source>
        <translation>4. Berechtigung für Teams-Besprechungen hinzufügen</translation>
    </message>
    <message>
        <source>Open API permissions, press Add a permission, choose Microsoft Graph, then Delegated permissions, search for the permission below, tick it and press Add permissions.</source>
        <translation>Öffnen Sie API-Berechtigungen, drücken Sie „Berechtigung hinzufügen“, wählen Sie Microsoft Graph, dann „Delegierte Berechtigungen“, suchen Sie die Berechtigung unten, haken Sie sie an und drücken Sie „Berechtigungen hinzufügen“.</translation>
    </message>
    <message>
        <source>Delegated permission</source>
        <translation>Delegierte Berechtigung</translation>
    </message>
    <message>
        <source>5. Grant admin consent</source>
        <translation>5. Administratorzustimmung erteilen</translation>
    </message>
    <message>
        <source>6. Create a client secret</source>
        <translation>6. Geheimen Clientschlüssel erstellen</translation>
    </message>
    <message>
        <source>Open Certificates &amp; secrets, then Client secrets, then New client secret. Choose the longest lifetime your policy allows, at most 24 months, and note the expiry date. Copy the &lt;b&gt;Value&lt;/b&gt; column right away: the portal shows it only once. The Secret ID column is not the secret.</source>
        <translation>Öffnen Sie „Zertifikate &amp; Geheimnisse“, dann „Geheime Clientschlüssel“, dann „Neuer geheimer Clientschlüssel“. Wählen Sie die längste erlaubte Laufzeit, höchstens 24 Monate, und notieren Sie das Ablaufdatum. Kopieren Sie sofort die Spalte &lt;b&gt;Wert&lt;/b&gt;: Das Portal zeigt sie nur einmal. Die Spalte „Geheimnis-ID“ ist nicht der Schlüssel.</translation>
    </message>
    <message>
        <source>Secret description</source>
        <translation>Beschreibung des Schlüssels</translation>
    </message>
    <message>
        <source>FlexO connector</source>
        <translation>FlexO-Connector</translation>
    </message>
    <message>
        <source>7. Copy the Application (client) ID</source>
        <translation>7. Anwendungs-ID (Client) kopieren</translation>
    </message>
    <message>
        <source>On the app&apos;s Overview page, copy &quot;Application (client) ID&quot;. You paste it, with the secret Value, on the next page.</source>
        <translation>Kopieren Sie auf der Übersichtsseite der App die „Anwendungs-ID (Client)“. Sie fügen sie mit dem Schlüsselwert auf der nächsten Seite ein.</translation>
    </message>
    <message>
        <source>A Custom cloud has no known portal: use your cloud&apos;s own.</source>
        <translation>Für eine benutzerdefinierte Cloud ist kein Portal bekannt: Verwenden Sie das Ihrer Cloud.</translation>
    </message>
    <message>
        <source>your organisation</source>
        <translation>Ihre Organisation</translation>
    </message>
    <message>
        <source>Back in API permissions, press &quot;Grant admin consent for %1&quot; and confirm. The Status column then shows a green tick for every permission; without it each FlexO user would have to agree on their own, or could not at all.</source>
        <translation>Drücken Sie zurück in API-Berechtigungen auf „Administratorzustimmung für %1 erteilen“ und bestätigen Sie. Die Spalte Status zeigt dann für jede Berechtigung einen grünen Haken; sonst müsste jeder FlexO-Benutzer selbst zustimmen oder könnte es gar nicht.</translation>
    </message>
    <message>
        <source>Test sign-in URI</source>
        <translation>URI der Testanmeldung</translation>
    </message>
    <message>
        <source>FlexO redirect URI</source>
        <translation>FlexO-Umleitungs-URI</translation>
    </message>
    <message>
        <source>Add FlexO&apos;s own redirect URIs as well, as your FlexO representative sent them; you enter them in this wizard too, on the FlexO addresses page.</source>
        <translation>Fügen Sie auch die Umleitungs-URIs von FlexO hinzu, wie Ihr FlexO-Ansprechpartner sie geschickt hat; Sie geben sie auch in diesem Assistenten auf der Seite FlexO-Adressen ein.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
</context>
<context>
    <name>flexo::ui::ReportPreviewDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Mask &amp;user names</source>
        <translation>&amp;Benutzernamen maskieren</translation>
    </message>
    <message>
        <source>This is exactly what will be saved. It holds no secret and no token: the client secret appears only as its first three characters and its length.</source>
        <translation>Genau das wird gespeichert. Es enthält weder Schlüssel noch Token: Der geheime Clientschlüssel erscheint nur als seine ersten drei Zeichen und seine Länge.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::SavePage</name>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>US Government GCC High</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>US Government DoD</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (betrieben von 21Vianet)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Save the config and put the secret in the keychain</source>
        <translation>Konfiguration speichern und Schlüssel in den Schlüsselbund legen</translation>
    </message>
    <message>
        <source>Export the config for the FlexO server</source>
        <translation>Konfiguration für den FlexO-Server exportieren</translation>
    </message>
    <message>
        <source>Choose where to save the config</source>
        <translation>Speicherort der Konfiguration wählen</translation>
    </message>
    <message>
        <source>Include the client secret in the exported file</source>
        <translation>Geheimen Clientschlüssel in die exportierte Datei aufnehmen</translation>
    </message>
    <message>
        <source>Export with the &amp;secret instead…</source>
        <translation>Stattdessen mit &amp;Schlüssel exportieren…</translation>
    </message>
    <message>
        <source>The exported file will contain the client secret in clear text.</source>
        <translation>Die exportierte Datei enthält den geheimen Clientschlüssel im Klartext.</translation>
    </message>
    <message>
        <source>Anyone who can read the file can act as the FlexO app in your tenant until the secret expires.</source>
        <translation>Wer die Datei lesen kann, kann bis zum Ablauf des Schlüssels als FlexO-App in Ihrem Mandanten handeln.</translation>
    </message>
    <message>
        <source>The file is made readable by you only. Copy it to the FlexO server over a secure channel, then delete it. Without this option, type the secret into FlexO yourself.</source>
        <translation>Die Datei ist nur für Sie lesbar. Kopieren Sie sie über einen sicheren Weg auf den FlexO-Server und löschen Sie sie dann. Ohne diese Option geben Sie den Schlüssel selbst in FlexO ein.</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Sign-in base URL</source>
        <translation>Anmelde-Basis-URL</translation>
    </message>
    <message>
        <source>Graph base URL</source>
        <translation>Graph-Basis-URL</translation>
    </message>
    <message>
        <source>Tenant domain</source>
        <translation>Domäne des Mandanten</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1… (%2 characters, kept in the keychain)</source>
        <translation>%1… (%2 Zeichen, im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Secret expires on</source>
        <translation>Schlüssel läuft ab am</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>FlexO redirect URI</source>
        <translation>FlexO-Umleitungs-URI</translation>
    </message>
    <message>
        <source>Lifecycle URL</source>
        <translation>Lifecycle-URL</translation>
    </message>
    <message>
        <source>Test sign-in URI</source>
        <translation>URI der Testanmeldung</translation>
    </message>
    <message>
        <source>Connector enabled</source>
        <translation>Connector aktiviert</translation>
    </message>
    <message>
        <source>no: enable it in FlexO once the config is in place</source>
        <translation>nein: in FlexO aktivieren, sobald die Konfiguration eingerichtet ist</translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation>Zusätzliche vertrauenswürdige CA-Datei</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Save the connector config</source>
        <translation>Connector-Konfiguration speichern</translation>
    </message>
    <message>
        <source>Connector configs (*.json)</source>
        <translation>Connector-Konfigurationen (*.json)</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain and the config…</source>
        <translation>Schlüssel wird im Schlüsselbund und Konfiguration wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>The client secret is in your keychain. Export a copy for the FlexO server below if you need one, then press Finish.</source>
        <translation>Der geheime Clientschlüssel liegt in Ihrem Schlüsselbund. Exportieren Sie unten bei Bedarf eine Kopie für den FlexO-Server und drücken Sie dann „Fertigstellen“.</translation>
    </message>
    <message>
        <source>The keychain is not available, so nothing was saved.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Or export the config with the secret to a file only you can read, and keep that file safe.</source>
        <translation>Oder exportieren Sie die Konfiguration mit dem Schlüssel in eine nur für Sie lesbare Datei und bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Write the secret into the file?</source>
        <translation>Den Schlüssel in die Datei schreiben?</translation>
    </message>
    <message>
        <source>%1 will contain the client secret in clear text. Anyone who can read it can act as the FlexO app in your tenant. It will be readable by you only.</source>
        <translation>%1 enthält den geheimen Clientschlüssel im Klartext. Wer sie lesen kann, kann als FlexO-App in Ihrem Mandanten handeln. Sie ist nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Export with the secret</source>
        <translation>Mit Schlüssel exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The file holds the secret: move it to the FlexO server securely and delete this copy.</source>
        <translation>Die Datei enthält den Schlüssel: Bringen Sie sie sicher auf den FlexO-Server und löschen Sie diese Kopie.</translation>
    </message>
    <message>
        <source>The file holds no secret: type the secret into FlexO&apos;s Teams settings yourself.</source>
        <translation>Die Datei enthält keinen Schlüssel: Geben Sie ihn selbst in den Teams-Einstellungen von FlexO ein.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::SetupController</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>Kein Schlüsselbund eingerichtet.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::SetupWizard</name>
    <message>
        <source>FlexO Teams Setup</source>
        <translation>FlexO Teams-Einrichtung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop what is running and close the wizard</source>
        <translation>Laufende Schritte beenden und den Assistenten schließen</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>The connector config has not been saved. If you close now, what you entered and the results of the checks are lost.</source>
        <translation>Die Connector-Konfiguration wurde nicht gespeichert. Wenn Sie jetzt schließen, gehen Ihre Eingaben und die Prüfergebnisse verloren.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
</context>
<context>
    <name>flexo::ui::SignInPage</name>
    <message>
        <source>Sign in in the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Anmeldelink kopieren</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Use the pasted address</source>
        <translation>Eingefügte Adresse verwenden</translation>
    </message>
    <message>
        <source>Copy the message for your administrator</source>
        <translation>Nachricht für Ihren Administrator kopieren</translation>
    </message>
    <message>
        <source>Value to copy</source>
        <translation>Zu kopierender Wert</translation>
    </message>
    <message>
        <source>The sign-in link is on the clipboard. Open it in the browser where you are signed in as the right account; this wizard waits for the answer.</source>
        <translation>Der Anmeldelink liegt in der Zwischenablage. Öffnen Sie ihn im Browser, in dem Sie mit dem richtigen Konto angemeldet sind; dieser Assistent wartet auf die Antwort.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Sign in in browser</source>
        <translation>Im Browser &amp;anmelden</translation>
    </message>
    <message>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Anmeldeseite wird im Browser geöffnet…</translation>
    </message>
    <message>
        <source>The sign-in link is on the clipboard. This wizard waits for the answer.</source>
        <translation>Der Anmeldelink liegt in der Zwischenablage. Dieser Assistent wartet auf die Antwort.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser and accept the permissions. If the browser shows an error or never comes back, paste its address below, or press Cancel sign-in.</source>
        <translation>Warten auf Ihre Anmeldung im Browser und die Zustimmung zu den Berechtigungen. Zeigt der Browser einen Fehler oder kehrt nicht zurück, fügen Sie unten seine Adresse ein oder drücken Sie „Anmeldung abbrechen“.</translation>
    </message>
    <message>
        <source>Signed in. Checking that the sign-in can be renewed…</source>
        <translation>Angemeldet. Es wird geprüft, ob die Anmeldung erneuert werden kann…</translation>
    </message>
    <message>
        <source>Checking the tenant and the app before the sign-in…</source>
        <translation>Mandant und App werden vor der Anmeldung geprüft…</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OnlineMeetings.ReadWrite: granted</source>
        <translation>OnlineMeetings.ReadWrite: erteilt</translation>
    </message>
    <message>
        <source>OnlineMeetings.ReadWrite: missing</source>
        <translation>OnlineMeetings.ReadWrite: fehlt</translation>
    </message>
    <message>
        <source>All granted: %1</source>
        <translation>Alle erteilt: %1</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Zu registrierende Umleitungs-URI</translation>
    </message>
    <message>
        <source>In the portal, open the app&apos;s Authentication page, add this address to the Web platform, press Save, then press Try again:</source>
        <translation>Öffnen Sie im Portal die Seite Authentifizierung der App, fügen Sie diese Adresse zur Web-Plattform hinzu, drücken Sie „Speichern“ und dann „Erneut versuchen“:</translation>
    </message>
    <message>
        <source>Admin consent needed</source>
        <translation>Administratorzustimmung erforderlich</translation>
    </message>
    <message>
        <source>Send this link to a Global Administrator of the tenant. When they have opened it and accepted, press Try again:</source>
        <translation>Senden Sie diesen Link an einen globalen Administrator des Mandanten. Wenn er ihn geöffnet und zugestimmt hat, drücken Sie „Erneut versuchen“:</translation>
    </message>
    <message>
        <source>Admin-consent link</source>
        <translation>Link zur Administratorzustimmung</translation>
    </message>
    <message>
        <source>Hello,

FlexO, our meeting room booking system, needs to create Microsoft Teams meetings for the people who book rooms. For that its app registration asks for the delegated Microsoft Graph permission OnlineMeetings.ReadWrite (create and change online meetings on behalf of the signed-in user). Only an administrator can grant it for our organisation.

Could you open this link, sign in with your administrator account and accept?

%1

Thank you.</source>
        <translation>Hallo,

FlexO, unser Raumbuchungssystem, muss für die Personen, die Räume buchen, Microsoft-Teams-Besprechungen erstellen. Dafür fordert seine App-Registrierung die delegierte Microsoft-Graph-Berechtigung OnlineMeetings.ReadWrite an (Onlinebesprechungen im Namen des angemeldeten Benutzers erstellen und ändern). Nur ein Administrator kann sie für unsere Organisation erteilen.

Könnten Sie diesen Link öffnen, sich mit Ihrem Administratorkonto anmelden und zustimmen?

%1

Vielen Dank.</translation>
    </message>
    <message>
        <source>Signed in, and the sign-in can be renewed: press Next.</source>
        <translation>Angemeldet, und die Anmeldung kann erneuert werden: Drücken Sie „Weiter“.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::Status</name>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>flexo::ui::WelcomePage</name>
    <message>
        <source>Set up a new connection</source>
        <translation>Neue Verbindung einrichten</translation>
    </message>
    <message>
        <source>Check an existing connector config</source>
        <translation>Bestehende Connector-Konfiguration prüfen</translation>
    </message>
    <message>
        <source>Open a config file to check</source>
        <translation>Zu prüfende Konfigurationsdatei öffnen</translation>
    </message>
    <message>
        <source>Open a connector config</source>
        <translation>Connector-Konfiguration öffnen</translation>
    </message>
    <message>
        <source>Connector configs (*.json);;All files (*)</source>
        <translation>Connector-Konfigurationen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A test meeting from an earlier run may still exist.</source>
        <translation>Eine Testbesprechung eines früheren Laufs existiert möglicherweise noch.</translation>
    </message>
    <message>
        <source>The wizard was interrupted after creating its &quot;FlexO connection test&quot; meeting, before it could delete it.</source>
        <translation>Der Assistent wurde nach dem Erstellen seiner Besprechung „FlexO connection test“ unterbrochen, bevor er sie löschen konnte.</translation>
    </message>
    <message>
        <source>Go on with the setup: after the test sign-in, the Teams meeting test page offers to delete it.</source>
        <translation>Fahren Sie mit der Einrichtung fort: Nach der Testanmeldung bietet die Seite Teams-Besprechungstest an, sie zu löschen.</translation>
    </message>
</context>
</TS>
