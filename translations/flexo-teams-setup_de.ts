<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AadstsCatalog</name>
    <message>
        <source>Microsoft does not know this tenant.</source>
        <translation>Microsoft kennt diesen Mandanten nicht.</translation>
    </message>
    <message>
        <source>Copy the Directory (tenant) ID from the app registration&apos;s Overview page and check the cloud selected in FlexO.</source>
        <translation>Kopieren Sie die Verzeichnis-ID (Mandant) von der Seite „Übersicht“ der App-Registrierung und prüfen Sie die in FlexO gewählte Cloud.</translation>
    </message>
    <message>
        <source>The tenant identifier is not valid.</source>
        <translation>Die Mandantenkennung ist ungültig.</translation>
    </message>
    <message>
        <source>The tenant value is neither a tenant ID (a GUID) nor a domain name of the tenant.</source>
        <translation>Der Mandantenwert ist weder eine Mandanten-ID (eine GUID) noch ein Domänenname des Mandanten.</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID shown on the app registration&apos;s Overview page.</source>
        <translation>Geben Sie die Verzeichnis-ID (Mandant) ein, die auf der Seite „Übersicht“ der App-Registrierung angezeigt wird.</translation>
    </message>
    <message>
        <source>The application was not found in this tenant.</source>
        <translation>Die Anwendung wurde in diesem Mandanten nicht gefunden.</translation>
    </message>
    <message>
        <source>No app registration with this Application (client) ID exists in the tenant. Very often the Object ID was pasted instead of the Application (client) ID, or the app was registered in another tenant.</source>
        <translation>Im Mandanten gibt es keine App-Registrierung mit dieser Anwendungs-ID (Client). Sehr oft wurde die Objekt-ID statt der Anwendungs-ID (Client) eingefügt, oder die App wurde in einem anderen Mandanten registriert.</translation>
    </message>
    <message>
        <source>Open the app registration&apos;s Overview page and copy the value labelled &quot;Application (client) ID&quot; (not &quot;Object ID&quot;), and check that the tenant ID shown there is the one configured in FlexO.</source>
        <translation>Öffnen Sie die Seite „Übersicht“ der App-Registrierung, kopieren Sie den Wert mit der Bezeichnung „Anwendungs-ID (Client)“ (nicht „Objekt-ID“) und prüfen Sie, ob die dort angezeigte Mandanten-ID mit der in FlexO konfigurierten übereinstimmt.</translation>
    </message>
    <message>
        <source>Microsoft refused the client secret.</source>
        <translation>Microsoft hat den geheimen Clientschlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>The secret does not match any secret of the app. Very often the Secret ID was pasted instead of the secret&apos;s Value, or the secret was deleted.</source>
        <translation>Der geheime Schlüssel stimmt mit keinem geheimen Schlüssel der App überein. Sehr oft wurde die Geheime ID statt des Werts des geheimen Schlüssels eingefügt, oder der geheime Schlüssel wurde gelöscht.</translation>
    </message>
    <message>
        <source>Under Certificates &amp; secrets, create a new client secret and copy its Value column (not the Secret ID) right away: the portal shows it only once. Then enter it in FlexO.</source>
        <translation>Erstellen Sie unter „Zertifikate &amp; Geheimnisse“ einen neuen geheimen Clientschlüssel und kopieren Sie sofort dessen Spalte „Wert“ (nicht die Geheime ID): Das Portal zeigt ihn nur einmal an. Geben Sie ihn anschließend in FlexO ein.</translation>
    </message>
    <message>
        <source>The client secret has expired.</source>
        <translation>Der geheime Clientschlüssel ist abgelaufen.</translation>
    </message>
    <message>
        <source>Client secrets stop working on the expiry date shown under Certificates &amp; secrets.</source>
        <translation>Geheime Clientschlüssel funktionieren ab dem unter „Zertifikate &amp; Geheimnisse“ angezeigten Ablaufdatum nicht mehr.</translation>
    </message>
    <message>
        <source>Create a new client secret (it can last at most 24 months), copy its Value, enter it and its expiry date in FlexO, and plan its renewal before that date.</source>
        <translation>Erstellen Sie einen neuen geheimen Clientschlüssel (er kann höchstens 24 Monate gültig sein), kopieren Sie dessen Wert, geben Sie ihn und sein Ablaufdatum in FlexO ein und planen Sie die Erneuerung vor diesem Datum.</translation>
    </message>
    <message>
        <source>No client secret was sent.</source>
        <translation>Es wurde kein geheimer Clientschlüssel gesendet.</translation>
    </message>
    <message>
        <source>The app is a confidential (Web) application, so Microsoft wants its client secret, and FlexO has none.</source>
        <translation>Die App ist eine vertrauliche (Web-)Anwendung, daher verlangt Microsoft ihren geheimen Clientschlüssel, und FlexO hat keinen.</translation>
    </message>
    <message>
        <source>Enter the client secret&apos;s Value in FlexO.</source>
        <translation>Geben Sie den Wert des geheimen Clientschlüssels in FlexO ein.</translation>
    </message>
    <message>
        <source>A required value was missing from the request.</source>
        <translation>In der Anfrage fehlte ein erforderlicher Wert.</translation>
    </message>
    <message>
        <source>Microsoft names the missing value in its description; most often it is the client secret or the client ID.</source>
        <translation>Microsoft nennt den fehlenden Wert in seiner Beschreibung; meistens ist es der geheime Clientschlüssel oder die Client-ID.</translation>
    </message>
    <message>
        <source>Check that the client ID and the client secret are filled in FlexO.</source>
        <translation>Prüfen Sie, ob Client-ID und geheimer Clientschlüssel in FlexO ausgefüllt sind.</translation>
    </message>
    <message>
        <source>The redirect URI is not registered for the application.</source>
        <translation>Der Umleitungs-URI ist für die Anwendung nicht registriert.</translation>
    </message>
    <message>
        <source>Microsoft only sends the sign-in answer to an address registered on the app, and the one FlexO used is missing (or differs in case, path or trailing slash).</source>
        <translation>Microsoft sendet die Anmeldeantwort nur an eine Adresse, die für die App registriert ist, und die von FlexO verwendete fehlt (oder unterscheidet sich in Groß-/Kleinschreibung, Pfad oder abschließendem Schrägstrich).</translation>
    </message>
    <message>
        <source>Under Authentication, add the redirect URI below on the Web platform (not &quot;Mobile and desktop applications&quot;, which makes the app public and refuses the secret with AADSTS700025). The port does not matter for localhost addresses.</source>
        <translation>Fügen Sie unter „Authentifizierung“ den unten angegebenen Umleitungs-URI auf der Plattform „Web“ hinzu (nicht unter „Mobile Anwendungen und Desktopanwendungen“: Das macht die App öffentlich, und der geheime Schlüssel wird mit AADSTS700025 abgelehnt). Bei localhost-Adressen spielt der Port keine Rolle.</translation>
    </message>
    <message>
        <source>Nobody has consented to the app&apos;s permissions yet.</source>
        <translation>Bisher hat niemand den Berechtigungen der App zugestimmt.</translation>
    </message>
    <message>
        <source>The app asks for the delegated permission OnlineMeetings.ReadWrite, and neither the user nor an administrator has granted it.</source>
        <translation>Die App fordert die delegierte Berechtigung OnlineMeetings.ReadWrite an, und weder der Benutzer noch ein Administrator hat sie erteilt.</translation>
    </message>
    <message>
        <source>The permission request was declined.</source>
        <translation>Die Berechtigungsanfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The person signing in pressed Cancel on Microsoft&apos;s consent page.</source>
        <translation>Die anmeldende Person hat auf der Zustimmungsseite von Microsoft auf „Abbrechen“ geklickt.</translation>
    </message>
    <message>
        <source>An administrator must approve the app.</source>
        <translation>Ein Administrator muss die App genehmigen.</translation>
    </message>
    <message>
        <source>The tenant does not let users consent to apps themselves (or the permission needs an administrator), so Microsoft showed &quot;Need admin approval&quot;.</source>
        <translation>Der Mandant erlaubt Benutzern nicht, selbst Apps zuzustimmen (oder die Berechtigung erfordert einen Administrator), daher hat Microsoft „Administratorgenehmigung erforderlich“ angezeigt.</translation>
    </message>
    <message>
        <source>The app lacks the basic sign-in permission.</source>
        <translation>Der App fehlt die grundlegende Anmeldeberechtigung.</translation>
    </message>
    <message>
        <source>An app that signs users in needs at least the Microsoft Graph permission User.Read, and it was not granted.</source>
        <translation>Eine App, die Benutzer anmeldet, benötigt mindestens die Microsoft Graph-Berechtigung User.Read, und diese wurde nicht erteilt.</translation>
    </message>
    <message>
        <source>Under API permissions, add the delegated Microsoft Graph permission User.Read and grant consent.</source>
        <translation>Fügen Sie unter „API-Berechtigungen“ die delegierte Microsoft Graph-Berechtigung User.Read hinzu und erteilen Sie die Zustimmung.</translation>
    </message>
    <message>
        <source>This account does not belong to the tenant.</source>
        <translation>Dieses Konto gehört nicht zum Mandanten.</translation>
    </message>
    <message>
        <source>The account used to sign in comes from another organisation or is a personal Microsoft account, and it is not a guest of this tenant.</source>
        <translation>Das zur Anmeldung verwendete Konto stammt aus einer anderen Organisation oder ist ein persönliches Microsoft-Konto und ist kein Gast in diesem Mandanten.</translation>
    </message>
    <message>
        <source>Sign in with an account of the configured tenant, in a private browser window or after signing out of the other account.</source>
        <translation>Melden Sie sich mit einem Konto des konfigurierten Mandanten an, in einem privaten Browserfenster oder nachdem Sie sich vom anderen Konto abgemeldet haben.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the sign-in.</source>
        <translation>Eine Richtlinie für bedingten Zugriff hat die Anmeldung blockiert.</translation>
    </message>
    <message>
        <source>A Conditional Access policy of the tenant does not allow this sign-in (device, location or application rules).</source>
        <translation>Eine Richtlinie für bedingten Zugriff des Mandanten lässt diese Anmeldung nicht zu (Regeln für Gerät, Standort oder Anwendung).</translation>
    </message>
    <message>
        <source>Ask the tenant&apos;s administrator to check the sign-in logs for this attempt (the correlation ID below finds it) and adjust the policy or use an allowed device.</source>
        <translation>Bitten Sie den Administrator des Mandanten, die Anmeldeprotokolle für diesen Versuch zu prüfen (die unten stehende Korrelations-ID findet ihn) und die Richtlinie anzupassen, oder verwenden Sie ein zugelassenes Gerät.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is required.</source>
        <translation>Eine mehrstufige Authentifizierung ist erforderlich.</translation>
    </message>
    <message>
        <source>A policy requires a second factor for this sign-in and it was not completed.</source>
        <translation>Eine Richtlinie verlangt für diese Anmeldung einen zweiten Faktor, und dieser wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Run the test sign-in again in the browser and complete the second factor.</source>
        <translation>Führen Sie die Testanmeldung im Browser erneut aus und schließen Sie den zweiten Faktor ab.</translation>
    </message>
    <message>
        <source>The account must register for multi-factor authentication.</source>
        <translation>Das Konto muss für die mehrstufige Authentifizierung registriert werden.</translation>
    </message>
    <message>
        <source>The tenant requires multi-factor authentication and this account has not set it up yet.</source>
        <translation>Der Mandant verlangt eine mehrstufige Authentifizierung, und dieses Konto hat sie noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Sign in once at https://aka.ms/mfasetup to register a second factor, then run the test sign-in again.</source>
        <translation>Melden Sie sich einmal unter https://aka.ms/mfasetup an, um einen zweiten Faktor zu registrieren, und führen Sie die Testanmeldung dann erneut aus.</translation>
    </message>
    <message>
        <source>The sign-in code was already used.</source>
        <translation>Der Anmeldecode wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>A sign-in code can be redeemed only once; this one was redeemed before (an old browser tab or a pasted address that was already used).</source>
        <translation>Ein Anmeldecode kann nur einmal eingelöst werden; dieser wurde bereits zuvor eingelöst (ein alter Browser-Tab oder eine eingefügte Adresse, die schon verwendet wurde).</translation>
    </message>
    <message>
        <source>Run the test sign-in again.</source>
        <translation>Führen Sie die Testanmeldung erneut aus.</translation>
    </message>
    <message>
        <source>The sign-in proof (PKCE) did not match.</source>
        <translation>Der Anmeldenachweis (PKCE) stimmte nicht überein.</translation>
    </message>
    <message>
        <source>The code was redeemed with another verifier than the one it was requested with: the answer belongs to another sign-in attempt, or something altered the request.</source>
        <translation>Der Code wurde mit einem anderen Verifier eingelöst als dem, mit dem er angefordert wurde: Die Antwort gehört zu einem anderen Anmeldeversuch, oder etwas hat die Anfrage verändert.</translation>
    </message>
    <message>
        <source>Run the test sign-in again and use only the browser tab it opens.</source>
        <translation>Führen Sie die Testanmeldung erneut aus und verwenden Sie nur den Browser-Tab, den sie öffnet.</translation>
    </message>
    <message>
        <source>The refresh token expired because it was not used.</source>
        <translation>Das Aktualisierungstoken ist abgelaufen, weil es nicht verwendet wurde.</translation>
    </message>
    <message>
        <source>Refresh tokens expire after a period of inactivity (90 days by default).</source>
        <translation>Aktualisierungstoken laufen nach einer Zeit der Inaktivität ab (standardmäßig 90 Tage).</translation>
    </message>
    <message>
        <source>Sign in again; FlexO&apos;s own connector gets a new refresh token the same way.</source>
        <translation>Melden Sie sich erneut an; der FlexO-eigene Connector erhält auf dieselbe Weise ein neues Aktualisierungstoken.</translation>
    </message>
    <message>
        <source>The code or refresh token has expired.</source>
        <translation>Der Code oder das Aktualisierungstoken ist abgelaufen.</translation>
    </message>
    <message>
        <source>Sign-in codes live about ten minutes and refresh tokens expire or get revoked.</source>
        <translation>Anmeldecodes sind etwa zehn Minuten gültig, und Aktualisierungstoken laufen ab oder werden widerrufen.</translation>
    </message>
    <message>
        <source>The refresh token is no longer accepted.</source>
        <translation>Das Aktualisierungstoken wird nicht mehr akzeptiert.</translation>
    </message>
    <message>
        <source>A Conditional Access sign-in frequency policy ended the session.</source>
        <translation>Eine Richtlinie für bedingten Zugriff zur Anmeldehäufigkeit hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>Sign in again; if this happens often, ask the administrator about the sign-in frequency policy.</source>
        <translation>Melden Sie sich erneut an; wenn dies häufig vorkommt, fragen Sie den Administrator nach der Richtlinie zur Anmeldehäufigkeit.</translation>
    </message>
    <message>
        <source>A requested permission is not valid.</source>
        <translation>Eine angeforderte Berechtigung ist ungültig.</translation>
    </message>
    <message>
        <source>The scope asked for does not exist on Microsoft Graph in this cloud, or mixes resources (for example a Graph URL of another cloud).</source>
        <translation>Der angeforderte Bereich existiert in dieser Cloud nicht in Microsoft Graph oder vermischt Ressourcen (zum Beispiel eine Graph-URL einer anderen Cloud).</translation>
    </message>
    <message>
        <source>Check the cloud selected in FlexO; the delegated permission needed is OnlineMeetings.ReadWrite (not OnlineMeetings.ReadWrite.All).</source>
        <translation>Prüfen Sie die in FlexO gewählte Cloud; die benötigte delegierte Berechtigung ist OnlineMeetings.ReadWrite (nicht OnlineMeetings.ReadWrite.All).</translation>
    </message>
    <message>
        <source>The app is single-tenant but a multi-tenant endpoint was used.</source>
        <translation>Die App ist eine Einzelmandanten-App, aber es wurde ein mehrinstanzenfähiger Endpunkt verwendet.</translation>
    </message>
    <message>
        <source>Single-tenant apps must be addressed through their own tenant, not &quot;common&quot;.</source>
        <translation>Einzelmandanten-Apps müssen über ihren eigenen Mandanten angesprochen werden, nicht über „common“.</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID in FlexO instead of &quot;common&quot; or &quot;organizations&quot;.</source>
        <translation>Geben Sie in FlexO die Verzeichnis-ID (Mandant) statt „common“ oder „organizations“ ein.</translation>
    </message>
    <message>
        <source>This sign-in type needs a specific tenant.</source>
        <translation>Diese Anmeldeart erfordert einen bestimmten Mandanten.</translation>
    </message>
    <message>
        <source>The application credentials test cannot run against &quot;common&quot; or &quot;consumers&quot;.</source>
        <translation>Der Test der Anwendungsanmeldeinformationen kann nicht gegen „common“ oder „consumers“ ausgeführt werden.</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID in FlexO.</source>
        <translation>Geben Sie in FlexO die Verzeichnis-ID (Mandant) ein.</translation>
    </message>
    <message>
        <source>Microsoft detected a sign-in loop.</source>
        <translation>Microsoft hat eine Anmeldeschleife erkannt.</translation>
    </message>
    <message>
        <source>Too many identical requests were sent in a short time.</source>
        <translation>In kurzer Zeit wurden zu viele identische Anfragen gesendet.</translation>
    </message>
    <message>
        <source>Wait a few minutes, then try once more.</source>
        <translation>Warten Sie einige Minuten und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The requested resource was not found in the tenant.</source>
        <translation>Die angeforderte Ressource wurde im Mandanten nicht gefunden.</translation>
    </message>
    <message>
        <source>The application is disabled.</source>
        <translation>Die Anwendung ist deaktiviert.</translation>
    </message>
    <message>
        <source>The app&apos;s enterprise application (service principal) has &quot;Enabled for users to sign in&quot; set to No.</source>
        <translation>Bei der Unternehmensanwendung (Dienstprinzipal) der App ist „Aktiviert für die Benutzeranmeldung“ auf „Nein“ gesetzt.</translation>
    </message>
    <message>
        <source>In Enterprise applications, open the app&apos;s Properties and set &quot;Enabled for users to sign in&quot; to Yes.</source>
        <translation>Öffnen Sie unter „Unternehmensanwendungen“ die „Eigenschaften“ der App und setzen Sie „Aktiviert für die Benutzeranmeldung“ auf „Ja“.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Der Benutzername oder das Kennwort ist falsch.</translation>
    </message>
    <message>
        <source>Microsoft could not verify the account&apos;s password.</source>
        <translation>Microsoft konnte das Kennwort des Kontos nicht überprüfen.</translation>
    </message>
    <message>
        <source>Sign in again with the right password.</source>
        <translation>Melden Sie sich erneut mit dem richtigen Kennwort an.</translation>
    </message>
    <message>
        <source>The account does not exist in this tenant.</source>
        <translation>Das Konto existiert in diesem Mandanten nicht.</translation>
    </message>
    <message>
        <source>The user name typed is not an account of the tenant.</source>
        <translation>Der eingegebene Benutzername ist kein Konto des Mandanten.</translation>
    </message>
    <message>
        <source>Sign in with an account of the configured tenant.</source>
        <translation>Melden Sie sich mit einem Konto des konfigurierten Mandanten an.</translation>
    </message>
    <message>
        <source>The account is locked or the sign-in was blocked.</source>
        <translation>Das Konto ist gesperrt, oder die Anmeldung wurde blockiert.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins, or a sign-in from a suspicious address.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen oder eine Anmeldung von einer verdächtigen Adresse.</translation>
    </message>
    <message>
        <source>Wait a while, or ask the administrator to unlock the account, then try again.</source>
        <translation>Warten Sie eine Weile oder bitten Sie den Administrator, das Konto zu entsperren, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Consent is required.</source>
        <translation>Eine Zustimmung ist erforderlich.</translation>
    </message>
    <message>
        <source>The app&apos;s permissions have not been granted for this user or tenant.</source>
        <translation>Die Berechtigungen der App wurden für diesen Benutzer oder Mandanten nicht erteilt.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The person signing in pressed Cancel, or declined the requested permissions.</source>
        <translation>Die anmeldende Person hat auf „Abbrechen“ geklickt oder die angeforderten Berechtigungen abgelehnt.</translation>
    </message>
    <message>
        <source>Microsoft needs the person to act.</source>
        <translation>Microsoft erwartet eine Aktion der Person.</translation>
    </message>
    <message>
        <source>A policy requires an interactive step (second factor, terms of use, password change).</source>
        <translation>Eine Richtlinie erfordert einen interaktiven Schritt (zweiter Faktor, Nutzungsbedingungen, Kennwortänderung).</translation>
    </message>
    <message>
        <source>Run the test sign-in again and complete every step in the browser.</source>
        <translation>Führen Sie die Testanmeldung erneut aus und schließen Sie jeden Schritt im Browser ab.</translation>
    </message>
    <message>
        <source>Microsoft refused the code or token.</source>
        <translation>Microsoft hat den Code oder das Token abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in code or refresh token is expired, already used or was issued for another request.</source>
        <translation>Der Anmeldecode oder das Aktualisierungstoken ist abgelaufen, wurde bereits verwendet oder wurde für eine andere Anfrage ausgestellt.</translation>
    </message>
    <message>
        <source>Microsoft refused the application&apos;s credentials.</source>
        <translation>Microsoft hat die Anmeldeinformationen der Anwendung abgelehnt.</translation>
    </message>
    <message>
        <source>The client ID or the client secret is wrong.</source>
        <translation>Die Client-ID oder der geheime Clientschlüssel ist falsch.</translation>
    </message>
    <message>
        <source>Check the Application (client) ID and enter the client secret&apos;s Value again.</source>
        <translation>Prüfen Sie die Anwendungs-ID (Client) und geben Sie den Wert des geheimen Clientschlüssels erneut ein.</translation>
    </message>
    <message>
        <source>The application may not use this sign-in type.</source>
        <translation>Die Anwendung darf diese Anmeldeart nicht verwenden.</translation>
    </message>
    <message>
        <source>The app registration is missing, or it is not allowed to use this grant.</source>
        <translation>Die App-Registrierung fehlt, oder sie darf diese Gewährung nicht verwenden.</translation>
    </message>
    <message>
        <source>Check the Application (client) ID and the tenant ID in FlexO.</source>
        <translation>Prüfen Sie die Anwendungs-ID (Client) und die Mandanten-ID in FlexO.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service is temporarily unavailable.</source>
        <translation>Der Anmeldedienst von Microsoft ist vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance.</source>
        <translation>Der Dienst ist ausgelastet oder wird gewartet.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service had an internal error.</source>
        <translation>Im Anmeldedienst von Microsoft ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The error is on Microsoft&apos;s side.</source>
        <translation>Der Fehler liegt auf der Seite von Microsoft.</translation>
    </message>
    <message>
        <source>The tenant ID or domain has a typo, the domain is not verified in any tenant, or the tenant belongs to a cloud whose sign-in service does not know it (China, operated by 21Vianet, is separate). US Government tenants are known to the global service: FlexO names their cloud instead.</source>
        <translation>Die Mandanten-ID oder Domäne enthält einen Tippfehler, die Domäne ist in keinem Mandanten verifiziert, oder der Mandant gehört zu einer Cloud, deren Anmeldedienst ihn nicht kennt (China, betrieben von 21Vianet, ist getrennt). Mandanten der US Government-Cloud kennt der globale Dienst: FlexO nennt dann stattdessen deren Cloud.</translation>
    </message>
    <message>
        <source>The redirect URI is registered for a public client.</source>
        <translation>Der Umleitungs-URI ist für einen öffentlichen Client registriert.</translation>
    </message>
    <message>
        <source>The redirect URI used for the sign-in is registered on the &quot;Mobile and desktop applications&quot; platform. Microsoft then treats the sign-in as a public client, which may not send a client secret, and FlexO always sends one.</source>
        <translation>Der für die Anmeldung verwendete Umleitungs-URI ist auf der Plattform „Mobile Anwendungen und Desktopanwendungen“ registriert. Microsoft behandelt die Anmeldung dann als öffentlichen Client, der keinen geheimen Clientschlüssel senden darf – FlexO sendet aber immer einen.</translation>
    </message>
    <message>
        <source>Under Authentication, remove the redirect URI from &quot;Mobile and desktop applications&quot; and add it on the Web platform.</source>
        <translation>Entfernen Sie unter „Authentifizierung“ den Umleitungs-URI aus „Mobile Anwendungen und Desktopanwendungen“ und fügen Sie ihn auf der Plattform „Web“ hinzu.</translation>
    </message>
    <message>
        <source>The redirect URI is registered for a single-page application.</source>
        <translation>Der Umleitungs-URI ist für eine Single-Page-Anwendung registriert.</translation>
    </message>
    <message>
        <source>The redirect URI is on the &quot;Single-page application&quot; platform. Sign-in codes for such an address can only be redeemed by JavaScript in a browser, not by FlexO&apos;s server or by this tool.</source>
        <translation>Der Umleitungs-URI liegt auf der Plattform „Single-Page-Anwendung“. Anmeldecodes für eine solche Adresse können nur von JavaScript in einem Browser eingelöst werden, nicht vom Server von FlexO oder von diesem Tool.</translation>
    </message>
    <message>
        <source>Under Authentication, remove the redirect URI from &quot;Single-page application&quot; and add it on the Web platform.</source>
        <translation>Entfernen Sie unter „Authentifizierung“ den Umleitungs-URI aus „Single-Page-Anwendung“ und fügen Sie ihn auf der Plattform „Web“ hinzu.</translation>
    </message>
    <message>
        <source>The application has no redirect URI at all.</source>
        <translation>Die Anwendung hat überhaupt keinen Umleitungs-URI.</translation>
    </message>
    <message>
        <source>Microsoft sends the sign-in answer only to an address registered on the app, and the app registration has none.</source>
        <translation>Microsoft sendet die Anmeldeantwort nur an eine in der App registrierte Adresse, und die App-Registrierung hat keine.</translation>
    </message>
    <message>
        <source>Under Authentication, add the Web platform with the redirect URI below.</source>
        <translation>Fügen Sie unter „Authentifizierung“ die Plattform „Web“ mit dem unten angegebenen Umleitungs-URI hinzu.</translation>
    </message>
    <message>
        <source>Ask an administrator who may grant consent for the organisation (a Cloud Application Administrator, Application Administrator or Global Administrator) to open the admin-consent link below and accept, or to press &quot;Grant admin consent&quot; under API permissions, then sign in again.</source>
        <translation>Bitten Sie einen Administrator, der für die Organisation zustimmen darf (Cloudanwendungsadministrator, Anwendungsadministrator oder globaler Administrator), den unten stehenden Link zur Administratorzustimmung zu öffnen und zu akzeptieren oder unter „API-Berechtigungen“ auf „Administratorzustimmung erteilen“ zu klicken; melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Start the test sign-in again and press Accept, or have an administrator who may grant consent (a Cloud Application Administrator, Application Administrator or Global Administrator) grant it for the whole organisation.</source>
        <translation>Starten Sie die Testanmeldung erneut und klicken Sie auf „Akzeptieren“, oder lassen Sie einen Administrator, der zustimmen darf (Cloudanwendungsadministrator, Anwendungsadministrator oder globaler Administrator), die Zustimmung für die gesamte Organisation erteilen.</translation>
    </message>
    <message>
        <source>Send the admin-consent link below to an administrator who may grant consent (a Cloud Application Administrator, Application Administrator or Global Administrator), or have one press &quot;Grant admin consent&quot; under API permissions, then run the test sign-in again.</source>
        <translation>Senden Sie den unten stehenden Link zur Administratorzustimmung an einen Administrator, der zustimmen darf (Cloudanwendungsadministrator, Anwendungsadministrator oder globaler Administrator), oder lassen Sie einen solchen unter „API-Berechtigungen“ auf „Administratorzustimmung erteilen“ klicken; führen Sie die Testanmeldung dann erneut aus.</translation>
    </message>
    <message>
        <source>The sign-in is waiting for an administrator&apos;s approval.</source>
        <translation>Die Anmeldung wartet auf die Genehmigung eines Administrators.</translation>
    </message>
    <message>
        <source>The tenant uses the admin consent workflow: the person signing in may not consent to the app and was offered to send an approval request to the administrators instead.</source>
        <translation>Der Mandant verwendet den Workflow für Administratorzustimmung: Die anmeldende Person darf der App nicht zustimmen und konnte stattdessen eine Genehmigungsanfrage an die Administratoren senden.</translation>
    </message>
    <message>
        <source>An administrator approves the request under Enterprise applications, Admin consent requests, or grants consent with the admin-consent link below; then run the test sign-in again.</source>
        <translation>Ein Administrator genehmigt die Anfrage unter „Unternehmensanwendungen“, „Administratorzustimmungsanforderungen“ oder erteilt die Zustimmung über den unten stehenden Link zur Administratorzustimmung; führen Sie die Testanmeldung dann erneut aus.</translation>
    </message>
    <message>
        <source>The resource the permission names (Microsoft Graph&apos;s address) is not known in this tenant: the address is misspelt, or the request went to another tenant.</source>
        <translation>Die in der Berechtigung genannte Ressource (die Adresse von Microsoft Graph) ist in diesem Mandanten nicht bekannt: Die Adresse ist falsch geschrieben, oder die Anfrage ging an einen anderen Mandanten.</translation>
    </message>
    <message>
        <source>Check the tenant ID; for a custom cloud, check its Graph base address.</source>
        <translation>Prüfen Sie die Mandanten-ID; prüfen Sie bei einer benutzerdefinierten Cloud deren Graph-Basisadresse.</translation>
    </message>
    <message>
        <source>The request was sent to another Microsoft cloud than the tenant&apos;s.</source>
        <translation>Die Anfrage wurde an eine andere Microsoft-Cloud gesendet als die des Mandanten.</translation>
    </message>
    <message>
        <source>The tenant lives in another Microsoft cloud (for example US Government GCC High) than the sign-in service FlexO asked, and an app with a client secret must sign in at its own cloud&apos;s service.</source>
        <translation>Der Mandant liegt in einer anderen Microsoft-Cloud (zum Beispiel US Government GCC High) als der Anmeldedienst, den FlexO gefragt hat, und eine App mit geheimem Clientschlüssel muss sich beim Dienst ihrer eigenen Cloud anmelden.</translation>
    </message>
    <message>
        <source>Choose the tenant&apos;s cloud in FlexO (GCC High and DoD sign in at login.microsoftonline.us). The app registration must exist in that cloud&apos;s portal (portal.azure.us for US Government).</source>
        <translation>Wählen Sie in FlexO die Cloud des Mandanten (GCC High und DoD melden sich bei login.microsoftonline.us an). Die App-Registrierung muss im Portal dieser Cloud existieren (portal.azure.us für US Government).</translation>
    </message>
    <message>
        <source>Ask an administrator who may grant consent (a Cloud Application Administrator, Application Administrator or Global Administrator) to open the admin-consent link below and accept, then sign in again.</source>
        <translation>Bitten Sie einen Administrator, der zustimmen darf (Cloudanwendungsadministrator, Anwendungsadministrator oder globaler Administrator), den unten stehenden Link zur Administratorzustimmung zu öffnen und zu akzeptieren; melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Run the test sign-in again and accept the permissions, or have an administrator who may grant consent grant them for the organisation.</source>
        <translation>Führen Sie die Testanmeldung erneut aus und akzeptieren Sie die Berechtigungen, oder lassen Sie einen Administrator, der zustimmen darf, sie für die Organisation erteilen.</translation>
    </message>
    <message>
        <source>The Azure portal accepts only http://localhost addresses on the Web platform; an http://127.0.0.1 address has to be added in the app&apos;s Manifest (replyUrlsWithType, type &quot;Web&quot;).</source>
        <translation>Das Azure-Portal akzeptiert auf der Plattform „Web“ nur http://localhost-Adressen; eine http://127.0.0.1-Adresse muss im Manifest der App hinzugefügt werden (replyUrlsWithType, type &quot;Web&quot;).</translation>
    </message>
    <message>
        <source>Microsoft refused the request.</source>
        <translation>Microsoft hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Microsoft gave no reason.</source>
        <translation>Microsoft hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>Microsoft says: %1</source>
        <translation>Microsoft meldet: %1</translation>
    </message>
    <message>
        <source>Look the error up on Microsoft&apos;s page: %1</source>
        <translation>Schlagen Sie den Fehler auf der Seite von Microsoft nach: %1</translation>
    </message>
    <message>
        <source>Try again; if it persists, send the report to support.</source>
        <translation>Versuchen Sie es erneut; falls der Fehler bestehen bleibt, senden Sie den Bericht an den Support.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The ID used was %1.</source>
        <translation>Verwendet wurde die ID %1.</translation>
    </message>
    <message>
        <source>The client secret expired on %1.</source>
        <translation>Der geheime Clientschlüssel ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Redirect URI to register: %1</source>
        <translation>Zu registrierender Umleitungs-URI: %1</translation>
    </message>
    <message>
        <source>Admin-consent link: %1</source>
        <translation>Link zur Administratorzustimmung: %1</translation>
    </message>
</context>
<context>
    <name>ChildProcess</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The process could not be started.</source>
        <translation>Der Prozess konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>CleanupJournal</name>
    <message>
        <source>The probe meeting journal %1 cannot be written.</source>
        <translation>Das Journal der Testbesprechungen %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Without it, a probe meeting left by an interrupted run could not be found again, so no meeting is created (%1).</source>
        <translation>Ohne dieses Journal könnte eine Testbesprechung, die ein unterbrochener Lauf hinterlassen hat, nicht wiedergefunden werden; daher wird keine Besprechung erstellt (%1).</translation>
    </message>
    <message>
        <source>Check the permissions of %1.</source>
        <translation>Prüfen Sie die Berechtigungen von %1.</translation>
    </message>
    <message>
        <source>Check the free space and permissions of %1.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen von %1.</translation>
    </message>
    <message>
        <source>The probe meeting journal %1 is in use by another run.</source>
        <translation>Das Journal der Testbesprechungen %1 wird von einem anderen Lauf verwendet.</translation>
    </message>
    <message>
        <source>The probe meeting journal %1 cannot be locked.</source>
        <translation>Das Journal der Testbesprechungen %1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Another wizard or command-line run kept it locked for more than %1 seconds, so no probe meeting is created.</source>
        <translation>Ein anderer Lauf des Assistenten oder der Befehlszeile hat es länger als %1 Sekunden gesperrt, daher wird keine Testbesprechung erstellt.</translation>
    </message>
    <message>
        <source>Its lock file cannot be created, so no probe meeting is created.</source>
        <translation>Seine Sperrdatei kann nicht erstellt werden, daher wird keine Testbesprechung erstellt.</translation>
    </message>
    <message>
        <source>Run the check again in a moment; if it persists, check the permissions of %1.</source>
        <translation>Führen Sie die Prüfung gleich noch einmal aus; falls der Fehler bestehen bleibt, prüfen Sie die Berechtigungen von %1.</translation>
    </message>
    <message>
        <source>The probe meeting journal %1 cannot be read, and cannot be set aside.</source>
        <translation>Das Journal der Testbesprechungen %1 kann weder gelesen noch beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>It is not valid (%1); it is kept as it is, and no probe meeting is created (%2).</source>
        <translation>Es ist ungültig (%1); es bleibt unverändert, und es wird keine Testbesprechung erstellt (%2).</translation>
    </message>
    <message>
        <source>Move %1 elsewhere, look in it for meetings to delete by hand, and run the check again.</source>
        <translation>Verschieben Sie %1 an einen anderen Ort, suchen Sie darin nach Besprechungen, die von Hand gelöscht werden müssen, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The probe meeting journal %1 cannot be read.</source>
        <translation>Das Journal der Testbesprechungen %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>It may list probe meetings that still need deleting, so it is not written over and no probe meeting is created (%1).</source>
        <translation>Es kann Testbesprechungen auflisten, die noch gelöscht werden müssen; daher wird es nicht überschrieben, und es wird keine Testbesprechung erstellt (%1).</translation>
    </message>
</context>
<context>
    <name>CloudCatalog</name>
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
        <source>sign-in</source>
        <translation>Anmelde</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Teams online meetings are not available in the %1 cloud.</source>
        <translation>Teams-Onlinebesprechungen sind in der Cloud %1 nicht verfügbar.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not offer creating or deleting online meetings there, so the meeting checks cannot run; the sign-in checks still do.</source>
        <translation>Microsoft Graph bietet dort kein Erstellen oder Löschen von Onlinebesprechungen an, daher können die Besprechungsprüfungen nicht ausgeführt werden; die Anmeldeprüfungen laufen trotzdem.</translation>
    </message>
    <message>
        <source>Nothing to fix in the app registration. FlexO cannot create Teams meetings for a tenant in this cloud.</source>
        <translation>In der App-Registrierung ist nichts zu korrigieren. FlexO kann für einen Mandanten in dieser Cloud keine Teams-Besprechungen erstellen.</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Global (also US Government GCC)</source>
        <translation>Global (auch US Government GCC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Custom (sign-in and Graph addresses of your own)</source>
        <translation>Benutzerdefiniert (eigene Anmelde- und Graph-Adressen)</translation>
    </message>
    <message>
        <source>The %1 base address of the custom cloud cannot be used.</source>
        <translation>Die %1-Basisadresse der benutzerdefinierten Cloud kann nicht verwendet werden.</translation>
    </message>
</context>
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
    <message>
        <source>The tenant&apos;s cloud</source>
        <translation>Die Cloud des Mandanten</translation>
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
        <source>&amp;Verify with Microsoft</source>
        <translation>Bei Microsoft &amp;prüfen</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>The date in the Expires column of Certificates &amp; secrets, for example 2027-06-30</source>
        <translation>Das Datum in der Spalte „Läuft ab“ unter „Zertifikate &amp; Geheimnisse“, zum Beispiel 2027-06-30</translation>
    </message>
    <message>
        <source>C&amp;alendar…</source>
        <translation>&amp;Kalender…</translation>
    </message>
    <message>
        <source>Pick the expiry date from a calendar</source>
        <translation>Ablaufdatum aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>I don&apos;t &amp;know the expiry date</source>
        <translation>Ich &amp;kenne das Ablaufdatum nicht</translation>
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
    <message>
        <source>Paste one or several URIs, separated by new lines, spaces, commas or semicolons</source>
        <translation>Fügen Sie einen oder mehrere URIs ein, getrennt durch Zeilenumbrüche, Leerzeichen, Kommas oder Semikolons</translation>
    </message>
</context>
<context>
    <name>GraphErrors</name>
    <message>
        <source>Microsoft Graph created the meeting but returned no ID.</source>
        <translation>Microsoft Graph hat die Besprechung erstellt, aber keine ID zurückgegeben.</translation>
    </message>
    <message>
        <source>The answer was incomplete.</source>
        <translation>Die Antwort war unvollständig.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the access token (%1).</source>
        <translation>Microsoft Graph hat das Zugriffstoken abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The token has expired, was issued for another cloud or resource, or the session was revoked (InvalidAuthenticationToken).</source>
        <translation>Das Token ist abgelaufen, wurde für eine andere Cloud oder Ressource ausgestellt, oder die Sitzung wurde widerrufen (InvalidAuthenticationToken).</translation>
    </message>
    <message>
        <source>Sign in again; if it persists, check that the cloud chosen matches the tenant&apos;s.</source>
        <translation>Melden Sie sich erneut an; falls der Fehler bestehen bleibt, prüfen Sie, ob die gewählte Cloud zu der des Mandanten passt.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request without giving a reason (403 %1).</source>
        <translation>Microsoft Graph hat die Anfrage ohne Angabe von Gründen abgelehnt (403 %1).</translation>
    </message>
    <message>
        <source>Usually one of: the delegated permission OnlineMeetings.ReadWrite is missing from the app registration or was not consented; the signed-in user has no Teams licence; or the signed-in account is a guest in this tenant.</source>
        <translation>Meist liegt einer dieser Gründe vor: Die delegierte Berechtigung OnlineMeetings.ReadWrite fehlt in der App-Registrierung oder wurde nicht erteilt; der angemeldete Benutzer hat keine Teams-Lizenz; oder das angemeldete Konto ist ein Gast in diesem Mandanten.</translation>
    </message>
    <message>
        <source>On the app registration, add the Microsoft Graph delegated permission OnlineMeetings.ReadWrite and grant consent; sign in with a member account of the tenant that has a Microsoft Teams licence.</source>
        <translation>Fügen Sie in der App-Registrierung die delegierte Microsoft Graph-Berechtigung OnlineMeetings.ReadWrite hinzu und erteilen Sie die Zustimmung; melden Sie sich mit einem Mitgliedskonto des Mandanten an, das eine Microsoft Teams-Lizenz hat.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request (403 %1).</source>
        <translation>Microsoft Graph hat die Anfrage abgelehnt (403 %1).</translation>
    </message>
    <message>
        <source>The token does not carry the permission this request needs.</source>
        <translation>Das Token enthält nicht die Berechtigung, die diese Anfrage benötigt.</translation>
    </message>
    <message>
        <source>Add the Microsoft Graph delegated permission OnlineMeetings.ReadWrite to the app registration, grant consent, and sign in again.</source>
        <translation>Fügen Sie der App-Registrierung die delegierte Microsoft Graph-Berechtigung OnlineMeetings.ReadWrite hinzu, erteilen Sie die Zustimmung und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Microsoft Graph only answers /me for a signed-in user (%1).</source>
        <translation>Microsoft Graph beantwortet /me nur für einen angemeldeten Benutzer (%1).</translation>
    </message>
    <message>
        <source>The token was obtained without a user (client credentials), so there is no &quot;me&quot;.</source>
        <translation>Das Token wurde ohne Benutzer bezogen (Clientanmeldeinformationen), daher gibt es kein „me“.</translation>
    </message>
    <message>
        <source>Use the token of the interactive sign-in for the meeting checks.</source>
        <translation>Verwenden Sie für die Besprechungsprüfungen das Token der interaktiven Anmeldung.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not recognise the meeting ID (%1).</source>
        <translation>Microsoft Graph hat die Besprechungs-ID nicht erkannt (%1).</translation>
    </message>
    <message>
        <source>The ID was altered or cut short on its way (it must be passed exactly as Graph returned it).</source>
        <translation>Die ID wurde unterwegs verändert oder gekürzt (sie muss genau so übergeben werden, wie Graph sie zurückgegeben hat).</translation>
    </message>
    <message>
        <source>If this meeting came from the cleanup journal, delete it in Teams by its join link instead.</source>
        <translation>Wenn diese Besprechung aus dem Bereinigungsjournal stammt, löschen Sie sie stattdessen in Teams über ihren Teilnahmelink.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know this meeting (404 %1).</source>
        <translation>Microsoft Graph kennt diese Besprechung nicht (404 %1).</translation>
    </message>
    <message>
        <source>It was deleted already, or belongs to another user.</source>
        <translation>Sie wurde bereits gelöscht oder gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>Microsoft Graph is throttling requests (429), even after waiting as asked.</source>
        <translation>Microsoft Graph drosselt die Anfragen (429), auch nach der verlangten Wartezeit.</translation>
    </message>
    <message>
        <source>Too many requests were made for this user or app in a short time.</source>
        <translation>Für diesen Benutzer oder diese App wurden in kurzer Zeit zu viele Anfragen gestellt.</translation>
    </message>
    <message>
        <source>Wait a few minutes and run the check again.</source>
        <translation>Warten Sie einige Minuten und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Microsoft Graph had a problem answering (HTTP %1 %2).</source>
        <translation>Bei der Antwort von Microsoft Graph ist ein Problem aufgetreten (HTTP %1 %2).</translation>
    </message>
    <message>
        <source>A temporary failure on Microsoft&apos;s side.</source>
        <translation>Ein vorübergehender Fehler auf der Seite von Microsoft.</translation>
    </message>
    <message>
        <source>Run the check again later; if it persists, check the Microsoft 365 service health page and quote the request-id %1.</source>
        <translation>Führen Sie die Prüfung später erneut aus; falls der Fehler bestehen bleibt, prüfen Sie die Seite zum Dienststatus von Microsoft 365 und geben Sie die request-id %1 an.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered %1 with HTTP %2 (%3).</source>
        <translation>Microsoft Graph hat auf %1 mit HTTP %2 geantwortet (%3).</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>An unexpected answer from Microsoft Graph.</source>
        <translation>Eine unerwartete Antwort von Microsoft Graph.</translation>
    </message>
    <message>
        <source>Check the request-id %1 with Microsoft support if it persists.</source>
        <translation>Klären Sie die request-id %1 mit dem Microsoft-Support, falls der Fehler bestehen bleibt.</translation>
    </message>
</context>
<context>
    <name>JsonBody</name>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>It is not the JSON the Microsoft service sends: something between this computer and Microsoft (a proxy, a captive portal, a firewall page) probably answered instead.</source>
        <translation>Es ist nicht das JSON, das der Microsoft-Dienst sendet: Vermutlich hat stattdessen etwas zwischen diesem Computer und Microsoft geantwortet (ein Proxy, ein Captive Portal, eine Firewall-Seite).</translation>
    </message>
    <message>
        <source>Check the proxy settings, or open the address in a browser to see who answers.</source>
        <translation>Prüfen Sie die Proxyeinstellungen oder öffnen Sie die Adresse in einem Browser, um zu sehen, wer antwortet.</translation>
    </message>
    <message>
        <source>The answer from the server was cut short (%1).</source>
        <translation>Die Antwort des Servers wurde abgeschnitten (%1).</translation>
    </message>
    <message>
        <source>The connection ended before the whole answer arrived, often because of an unstable network or a proxy that closes long connections.</source>
        <translation>Die Verbindung wurde beendet, bevor die gesamte Antwort eingetroffen war, oft wegen eines instabilen Netzwerks oder eines Proxys, der lange Verbindungen schließt.</translation>
    </message>
    <message>
        <source>Run the check again; if it keeps failing, check the proxy or firewall.</source>
        <translation>Führen Sie die Prüfung erneut aus; falls sie weiterhin fehlschlägt, prüfen Sie den Proxy oder die Firewall.</translation>
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
    <name>NetErrors</name>
    <message>
        <source>an unknown issuer</source>
        <translation>einem unbekannten Aussteller</translation>
    </message>
    <message>
        <source>If your network inspects TLS, ask for the proxy&apos;s CA certificate (PEM) and set it as the CA bundle (caBundle) in the configuration: it is then trusted for this tool&apos;s requests only. Otherwise, check that nothing intercepts the connection.</source>
        <translation>Wenn Ihr Netzwerk TLS-Verkehr prüft, fordern Sie das CA-Zertifikat des Proxys (PEM) an und legen Sie es in der Konfiguration als CA-Bundle (caBundle) fest: Es wird dann nur für die Anfragen dieses Tools als vertrauenswürdig eingestuft. Prüfen Sie andernfalls, ob nichts die Verbindung abfängt.</translation>
    </message>
    <message>
        <source>The CA bundle %1 is in use but does not contain this issuer: export the proxy&apos;s CA certificate (PEM) again and set it as the CA bundle.</source>
        <translation>Das CA-Bundle %1 wird verwendet, enthält aber diesen Aussteller nicht: Exportieren Sie das CA-Zertifikat des Proxys (PEM) erneut und legen Sie es als CA-Bundle fest.</translation>
    </message>
    <message>
        <source>The connection to %1 is not trusted: its certificate (subject &apos;%2&apos;) was issued by &apos;%3&apos;, not by a public authority this computer trusts.</source>
        <translation>Die Verbindung zu %1 ist nicht vertrauenswürdig: Ihr Zertifikat (Antragsteller „%2“) wurde von „%3“ ausgestellt, nicht von einer öffentlichen Zertifizierungsstelle, der dieser Computer vertraut.</translation>
    </message>
    <message>
        <source>A proxy is probably inspecting TLS traffic and presents its own certificates.</source>
        <translation>Vermutlich prüft ein Proxy den TLS-Verkehr und legt eigene Zertifikate vor.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is for another name (subject &apos;%2&apos;, issued by &apos;%3&apos;).</source>
        <translation>Das von %1 vorgelegte Zertifikat gilt für einen anderen Namen (Antragsteller „%2“, ausgestellt von „%3“).</translation>
    </message>
    <message>
        <source>The address may be wrong, or a proxy or load balancer answers with the wrong certificate.</source>
        <translation>Die Adresse ist möglicherweise falsch, oder ein Proxy oder Load Balancer antwortet mit dem falschen Zertifikat.</translation>
    </message>
    <message>
        <source>Check the address; if it is right, the certificate of that server must be fixed.</source>
        <translation>Prüfen Sie die Adresse; wenn sie stimmt, muss das Zertifikat dieses Servers korrigiert werden.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 (subject &apos;%2&apos;, issued by &apos;%3&apos;) is expired or not yet valid.</source>
        <translation>Das von %1 vorgelegte Zertifikat (Antragsteller „%2“, ausgestellt von „%3“) ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <source>Either the server&apos;s certificate has expired, or this computer&apos;s clock is wrong.</source>
        <translation>Entweder ist das Zertifikat des Servers abgelaufen, oder die Uhr dieses Computers geht falsch.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer; otherwise the server&apos;s certificate must be renewed.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers; andernfalls muss das Zertifikat des Servers erneuert werden.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (certificate subject &apos;%2&apos;, issued by &apos;%3&apos;).</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (Zertifikat-Antragsteller „%2“, ausgestellt von „%3“).</translation>
    </message>
    <message>
        <source>The certificate could not be verified: %1.</source>
        <translation>Das Zertifikat konnte nicht überprüft werden: %1.</translation>
    </message>
    <message>
        <source>Check the certificate of that server, or the proxy between this computer and it.</source>
        <translation>Prüfen Sie das Zertifikat dieses Servers oder den Proxy zwischen diesem Computer und dem Server.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The network is slow or a firewall silently drops the connection.</source>
        <translation>Das Netzwerk ist langsam, oder eine Firewall verwirft die Verbindung stillschweigend.</translation>
    </message>
    <message>
        <source>Check that this computer can reach %1 (firewall, proxy), then run the check again.</source>
        <translation>Prüfen Sie, ob dieser Computer %1 erreichen kann (Firewall, Proxy), und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at that address and port, or a firewall rejects them.</source>
        <translation>Unter dieser Adresse und diesem Port nimmt nichts Verbindungen an, oder eine Firewall lehnt sie ab.</translation>
    </message>
    <message>
        <source>Check the address and port, and the firewall rules for outgoing connections.</source>
        <translation>Prüfen Sie Adresse und Port sowie die Firewallregeln für ausgehende Verbindungen.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The name is misspelled, or this computer&apos;s DNS cannot resolve external names (common when only a proxy may reach the internet).</source>
        <translation>Der Name ist falsch geschrieben, oder das DNS dieses Computers kann keine externen Namen auflösen (häufig, wenn nur ein Proxy das Internet erreichen darf).</translation>
    </message>
    <message>
        <source>Check the spelling and the DNS settings; if the network requires a proxy, set it in the system settings or in the configuration (proxy).</source>
        <translation>Prüfen Sie die Schreibweise und die DNS-Einstellungen; wenn das Netzwerk einen Proxy erfordert, legen Sie ihn in den Systemeinstellungen oder in der Konfiguration (proxy) fest.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before an answer arrived.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor eine Antwort eintraf.</translation>
    </message>
    <message>
        <source>The network dropped the connection, or a proxy or firewall closed it.</source>
        <translation>Das Netzwerk hat die Verbindung getrennt, oder ein Proxy oder eine Firewall hat sie geschlossen.</translation>
    </message>
    <message>
        <source>Run the check again; if it keeps failing, check the proxy or firewall.</source>
        <translation>Führen Sie die Prüfung erneut aus; falls sie weiterhin fehlschlägt, prüfen Sie den Proxy oder die Firewall.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>The server and this computer found no common TLS version or cipher, or something in between broke the handshake.</source>
        <translation>Der Server und dieser Computer haben keine gemeinsame TLS-Version oder Verschlüsselung gefunden, oder etwas dazwischen hat den Handshake unterbrochen.</translation>
    </message>
    <message>
        <source>Check the proxy or firewall between this computer and %1.</source>
        <translation>Prüfen Sie den Proxy oder die Firewall zwischen diesem Computer und %1.</translation>
    </message>
    <message>
        <source>The proxy asks for a login (HTTP 407) before it lets the request to %1 through.</source>
        <translation>Der Proxy verlangt eine Anmeldung (HTTP 407), bevor er die Anfrage an %1 durchlässt.</translation>
    </message>
    <message>
        <source>The proxy requires authentication that this tool does not provide.</source>
        <translation>Der Proxy verlangt eine Authentifizierung, die dieses Tool nicht bietet.</translation>
    </message>
    <message>
        <source>Ask the network team to allow %1 through the proxy without a login for this computer, or use a proxy that does not require one.</source>
        <translation>Bitten Sie das Netzwerkteam, %1 für diesen Computer ohne Anmeldung durch den Proxy zuzulassen, oder verwenden Sie einen Proxy, der keine Anmeldung erfordert.</translation>
    </message>
    <message>
        <source>The proxy could not be used to reach %1.</source>
        <translation>Der Proxy konnte nicht verwendet werden, um %1 zu erreichen.</translation>
    </message>
    <message>
        <source>The proxy %1 could not be used to reach %2.</source>
        <translation>Der Proxy %1 konnte nicht verwendet werden, um %2 zu erreichen.</translation>
    </message>
    <message>
        <source>The proxy refused the connection, could not be found, or did not answer.</source>
        <translation>Der Proxy hat die Verbindung abgelehnt, wurde nicht gefunden oder hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Check the proxy address and port in the system settings or in the configuration (proxy).</source>
        <translation>Prüfen Sie Adresse und Port des Proxys in den Systemeinstellungen oder in der Konfiguration (proxy).</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>A network problem prevented the request.</source>
        <translation>Ein Netzwerkproblem hat die Anfrage verhindert.</translation>
    </message>
    <message>
        <source>Check the network connection and the proxy settings, then run the check again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Proxyeinstellungen und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The proxy %1 (%2) answered HTTP %3 with its own error page instead of %4: Microsoft&apos;s service did not answer.</source>
        <translation>Der Proxy %1 (%2) hat mit HTTP %3 und seiner eigenen Fehlerseite statt %4 geantwortet: Der Dienst von Microsoft hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>A proxy or gateway (%1) answered HTTP %2 with its own error page instead of %3: Microsoft&apos;s service did not answer.</source>
        <translation>Ein Proxy oder Gateway (%1) hat mit HTTP %2 und seiner eigenen Fehlerseite statt %3 geantwortet: Der Dienst von Microsoft hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Something between this computer and %1 could not reach it, refused the request or gave up waiting; nothing says that Microsoft&apos;s service is at fault.</source>
        <translation>Etwas zwischen diesem Computer und %1 konnte den Dienst nicht erreichen, hat die Anfrage abgelehnt oder das Warten aufgegeben; nichts deutet darauf hin, dass der Dienst von Microsoft schuld ist.</translation>
    </message>
    <message>
        <source>Run the check again; if it keeps failing, ask the network team whether %1 is reachable through the proxy, and check the proxy setting (proxy) of the configuration.</source>
        <translation>Führen Sie die Prüfung erneut aus; falls sie weiterhin fehlschlägt, fragen Sie das Netzwerkteam, ob %1 über den Proxy erreichbar ist, und prüfen Sie die Proxyeinstellung (proxy) der Konfiguration.</translation>
    </message>
</context>
<context>
    <name>NetworkFactory</name>
    <message>
        <source>The proxy setting &quot;%1&quot; is not understood.</source>
        <translation>Die Proxyeinstellung „%1“ wird nicht verstanden.</translation>
    </message>
    <message>
        <source>The proxy must be written as http://host:port.</source>
        <translation>Der Proxy muss als http://host:port angegeben werden.</translation>
    </message>
    <message>
        <source>Correct the proxy in the configuration: leave it empty to use the system settings, write &quot;none&quot; to connect directly, or http://host:port.</source>
        <translation>Korrigieren Sie den Proxy in der Konfiguration: Lassen Sie ihn leer, um die Systemeinstellungen zu verwenden, schreiben Sie „none“ für eine direkte Verbindung, oder http://host:port.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read.</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file does not exist or this user may not read it (%1).</source>
        <translation>Die Datei existiert nicht, oder dieser Benutzer darf sie nicht lesen (%1).</translation>
    </message>
    <message>
        <source>Check the path of the CA bundle (caBundle) in the configuration.</source>
        <translation>Prüfen Sie den Pfad des CA-Bundles (caBundle) in der Konfiguration.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The file must contain PEM certificates (-----BEGIN CERTIFICATE-----).</source>
        <translation>Die Datei muss PEM-Zertifikate enthalten (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Export the proxy&apos;s CA certificate in PEM (Base-64) format and point the CA bundle (caBundle) at that file.</source>
        <translation>Exportieren Sie das CA-Zertifikat des Proxys im PEM-Format (Base-64) und lassen Sie das CA-Bundle (caBundle) auf diese Datei verweisen.</translation>
    </message>
</context>
<context>
    <name>NetworkPolicy</name>
    <message>
        <source>The answer from %1 is larger than %2 MiB, the most FlexO reads; it was not read.</source>
        <translation>Die Antwort von %1 ist größer als %2 MiB, das Maximum, das FlexO liest; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The sign-in service and Graph answer in a few kilobytes: a proxy or a server that is not Microsoft&apos;s answered instead.</source>
        <translation>Der Anmeldedienst und Graph antworten mit wenigen Kilobyte: Ein Proxy oder ein Server, der nicht zu Microsoft gehört, hat stattdessen geantwortet.</translation>
    </message>
    <message>
        <source>Check the cloud&apos;s addresses and the proxy settings.</source>
        <translation>Prüfen Sie die Adressen der Cloud und die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation>eine unbenannte Adresse</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) to %3; FlexO does not follow redirects.</source>
        <translation>%1 hat mit einer Umleitung (HTTP %2) nach %3 geantwortet; FlexO folgt keinen Umleitungen.</translation>
    </message>
    <message>
        <source>Following it would send the request, with its secret or code, to another address. Microsoft&apos;s sign-in and Graph endpoints never redirect these requests: a proxy or a server that is not Microsoft&apos;s answered.</source>
        <translation>Ihr zu folgen würde die Anfrage mitsamt ihrem Schlüssel oder Code an eine andere Adresse senden. Die Anmelde- und Graph-Endpunkte von Microsoft leiten diese Anfragen nie um: Ein Proxy oder ein Server, der nicht zu Microsoft gehört, hat geantwortet.</translation>
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
    <message>
        <source>My app is &amp;already registered: continue</source>
        <translation>Meine App ist &amp;bereits registriert: weiter</translation>
    </message>
    <message>
        <source>My app is already registered: continue without the steps</source>
        <translation>Meine App ist bereits registriert: ohne die Schritte weiter</translation>
    </message>
    <message>
        <source>For an app registered before, for example for another FlexO server; the next pages check the registration with Microsoft.</source>
        <translation>Für eine bereits früher registrierte App, zum Beispiel für einen anderen FlexO-Server; die nächsten Seiten prüfen die Registrierung bei Microsoft.</translation>
    </message>
</context>
<context>
    <name>Remedy</name>
    <message>
        <source>Single-page application</source>
        <translation>Single-Page-Anwendung</translation>
    </message>
    <message>
        <source>Mobile and desktop applications</source>
        <translation>Mobile Anwendungen und Desktopanwendungen</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Register the redirect URI on the Web platform of the app registration.</source>
        <translation>Registrieren Sie den Umleitungs-URI auf der Plattform „Web“ der App-Registrierung.</translation>
    </message>
    <message>
        <source>Move %1 from the %2 platform to the %3 platform of the app registration.</source>
        <translation>Verschieben Sie %1 von der Plattform „%2“ auf die Plattform „%3“ der App-Registrierung.</translation>
    </message>
    <message>
        <source>Register %1 on the %2 platform of the app registration.</source>
        <translation>Registrieren Sie %1 auf der Plattform „%2“ der App-Registrierung.</translation>
    </message>
    <message>
        <source>Have an administrator grant consent: %1</source>
        <translation>Lassen Sie einen Administrator die Zustimmung erteilen: %1</translation>
    </message>
    <message>
        <source>Have an administrator grant consent under API permissions.</source>
        <translation>Lassen Sie einen Administrator die Zustimmung unter „API-Berechtigungen“ erteilen.</translation>
    </message>
    <message>
        <source>Choose the tenant&apos;s own cloud in FlexO.</source>
        <translation>Wählen Sie in FlexO die eigene Cloud des Mandanten.</translation>
    </message>
    <message>
        <source>Choose %1 as the cloud in FlexO.</source>
        <translation>Wählen Sie in FlexO %1 als Cloud.</translation>
    </message>
    <message>
        <source>Create a new client secret and enter its Value.</source>
        <translation>Erstellen Sie einen neuen geheimen Clientschlüssel und geben Sie seinen Wert ein.</translation>
    </message>
    <message>
        <source>Assign a Microsoft Teams licence to the account.</source>
        <translation>Weisen Sie dem Konto eine Microsoft Teams-Lizenz zu.</translation>
    </message>
    <message>
        <source>Assign a Microsoft Teams licence to %1.</source>
        <translation>Weisen Sie %1 eine Microsoft Teams-Lizenz zu.</translation>
    </message>
    <message>
        <source>Ask the owner of the Conditional Access policies to allow this sign-in.</source>
        <translation>Bitten Sie die zuständige Person für die Richtlinien für bedingten Zugriff, diese Anmeldung zuzulassen.</translation>
    </message>
    <message>
        <source>Ask the owner of the Conditional Access policies to allow this sign-in (correlation ID %1).</source>
        <translation>Bitten Sie die zuständige Person für die Richtlinien für bedingten Zugriff, diese Anmeldung zuzulassen (Korrelations-ID %1).</translation>
    </message>
    <message>
        <source>Correct the Directory (tenant) ID.</source>
        <translation>Korrigieren Sie die Verzeichnis-ID (Mandant).</translation>
    </message>
    <message>
        <source>Correct the Application (client) ID.</source>
        <translation>Korrigieren Sie die Anwendungs-ID (Client).</translation>
    </message>
    <message>
        <source>Add the delegated permission %1 and grant consent.</source>
        <translation>Fügen Sie die delegierte Berechtigung %1 hinzu und erteilen Sie die Zustimmung.</translation>
    </message>
    <message>
        <source>Run the test sign-in again.</source>
        <translation>Führen Sie die Testanmeldung erneut aus.</translation>
    </message>
    <message>
        <source>Sign in with an account of the configured tenant.</source>
        <translation>Melden Sie sich mit einem Konto des konfigurierten Mandanten an.</translation>
    </message>
    <message>
        <source>Enable the application for sign-in under Enterprise applications.</source>
        <translation>Aktivieren Sie die Anwendung unter „Unternehmensanwendungen“ für die Anmeldung.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Check the network, the proxy and TLS inspection.</source>
        <translation>Prüfen Sie das Netzwerk, den Proxy und die TLS-Prüfung.</translation>
    </message>
    <message>
        <source>Correct the configuration.</source>
        <translation>Korrigieren Sie die Konfiguration.</translation>
    </message>
    <message>
        <source>Correct %1 in the configuration.</source>
        <translation>Korrigieren Sie %1 in der Konfiguration.</translation>
    </message>
    <message>
        <source>Enter the client secret&apos;s expiry date so that it is tracked.</source>
        <translation>Geben Sie das Ablaufdatum des geheimen Clientschlüssels ein, damit es überwacht wird.</translation>
    </message>
    <message>
        <source>Run the test sign-in again with --keep-sign-in (or tick &quot;Keep this sign-in&quot; in the wizard) to keep a new monitoring sign-in.</source>
        <translation>Führen Sie die Testanmeldung mit --keep-sign-in erneut aus (oder haken Sie im Assistenten „Diese Anmeldung speichern“ an), um eine neue Überwachungsanmeldung zu speichern.</translation>
    </message>
</context>
<context>
    <name>RetryReport</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no answer before the time-out</source>
        <translation>keine Antwort vor Ablauf der Zeit</translation>
    </message>
    <message>
        <source>the connection closed before the answer</source>
        <translation>die Verbindung wurde vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>an error page of a proxy or gateway (%1)</source>
        <translation>eine Fehlerseite eines Proxys oder Gateways (%1)</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anforderungs-ID %1</translation>
    </message>
    <message>
        <source>correlation id %1</source>
        <translation>Korrelations-ID %1</translation>
    </message>
    <message>
        <source>Retry-After %1</source>
        <translation>Retry-After %1</translation>
    </message>
    <message>
        <source>one retry: %1</source>
        <translation>1 Wiederholung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n retries: %1</source>
        <translation>
            <numerusform>%n Wiederholung: %1</numerusform>
            <numerusform>%n Wiederholungen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) over %1</source>
        <translation>
            <numerusform>%n Versuch in %1</numerusform>
            <numerusform>%n Versuche in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write to it and that the disk is not full, or choose another file.</source>
        <translation>Prüfen Sie, ob der Ordner existiert, ob Sie darin schreiben dürfen und ob der Datenträger nicht voll ist, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; nothing was written.</source>
        <translation>%1 ist eine symbolische Verknüpfung; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Writing through a link could overwrite another file, and someone may have placed it there on purpose.</source>
        <translation>Das Schreiben über eine Verknüpfung könnte eine andere Datei überschreiben, und jemand hat sie vielleicht absichtlich dort abgelegt.</translation>
    </message>
    <message>
        <source>Choose a path that is not a link, or remove the link first.</source>
        <translation>Wählen Sie einen Pfad, der keine Verknüpfung ist, oder entfernen Sie die Verknüpfung zuerst.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; nothing was written.</source>
        <translation>%1 existiert und ist keine reguläre Datei; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>A folder, device or pipe has that name.</source>
        <translation>Ein Ordner, ein Gerät oder eine Pipe trägt diesen Namen.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Its folder %1 does not exist or cannot be read.</source>
        <translation>Sein Ordner %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 holds private data and is not written into %2: other users may change that folder.</source>
        <translation>%1 enthält vertrauliche Daten und wird nicht in %2 geschrieben: Andere Benutzer können diesen Ordner ändern.</translation>
    </message>
    <message>
        <source>The folder is writable by its group or by everyone, without the sticky bit, so another user could replace or redirect the file.</source>
        <translation>Der Ordner ist für seine Gruppe oder für alle beschreibbar, ohne Sticky-Bit, sodass ein anderer Benutzer die Datei ersetzen oder umleiten könnte.</translation>
    </message>
    <message>
        <source>Write it into a folder only you can change (for example your home folder).</source>
        <translation>Schreiben Sie sie in einen Ordner, den nur Sie ändern können (zum Beispiel Ihren Basisordner).</translation>
    </message>
    <message>
        <source>No temporary file could be created next to it.</source>
        <translation>Daneben konnte keine temporäre Datei erstellt werden.</translation>
    </message>
    <message>
        <source>It could not be created.</source>
        <translation>Sie konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Check that you may write to its parent folder.</source>
        <translation>Prüfen Sie, ob Sie in seinem übergeordneten Ordner schreiben dürfen.</translation>
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
    <message>
        <source>Keep this sign-in to check the connector every day</source>
        <translation>Diese Anmeldung speichern, um den Connector täglich zu prüfen</translation>
    </message>
</context>
<context>
    <name>TokenEndpointErrors</name>
    <message>
        <source>Give support the correlation id %1 and the request id %2.</source>
        <translation>Nennen Sie dem Support die Korrelations-ID %1 und die Anforderungs-ID %2.</translation>
    </message>
    <message>
        <source>Give support the request id %1.</source>
        <translation>Nennen Sie dem Support die Anforderungs-ID %1.</translation>
    </message>
    <message>
        <source>Give support the client request id %1.</source>
        <translation>Nennen Sie dem Support die Clientanforderungs-ID %1.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s token endpoint at %1 is throttling requests: %2, %3.</source>
        <translation>Der Token-Endpunkt von Microsoft unter %1 drosselt die Anfragen: %2, %3.</translation>
    </message>
    <message>
        <source>Too many sign-in requests for this application or tenant in a short time; Microsoft asks to wait %1.</source>
        <translation>Zu viele Anmeldeanfragen für diese Anwendung oder diesen Mandanten in kurzer Zeit; Microsoft bittet, %1 zu warten.</translation>
    </message>
    <message>
        <source>Too many sign-in requests for this application or tenant in a short time.</source>
        <translation>Zu viele Anmeldeanfragen für diese Anwendung oder diesen Mandanten in kurzer Zeit.</translation>
    </message>
    <message>
        <source>Wait a few minutes, then run the check again. %1</source>
        <translation>Warten Sie einige Minuten und führen Sie die Prüfung dann erneut aus. %1</translation>
    </message>
    <message>
        <source>Microsoft&apos;s token endpoint at %1 did not issue a token: %2, %3.</source>
        <translation>Der Token-Endpunkt von Microsoft unter %1 hat kein Token ausgestellt: %2, %3.</translation>
    </message>
    <message>
        <source>A temporary failure of Microsoft&apos;s sign-in service, not a problem of the configuration.</source>
        <translation>Ein vorübergehender Fehler des Anmeldedienstes von Microsoft, kein Problem der Konfiguration.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes; if it keeps failing, look at Microsoft&apos;s service health page. %1</source>
        <translation>Führen Sie die Prüfung in einigen Minuten erneut aus; falls sie weiterhin fehlschlägt, sehen Sie auf der Seite zum Dienststatus von Microsoft nach. %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The test sign-in could not be completed: the answer to the redemption of its sign-in code was lost on the way (%1), and a sign-in code can be used only once.</source>
        <translation>Die Testanmeldung konnte nicht abgeschlossen werden: Die Antwort auf das Einlösen ihres Anmeldecodes ging unterwegs verloren (%1), und ein Anmeldecode kann nur einmal verwendet werden.</translation>
    </message>
    <message>
        <source>FlexO sent the code to %1 again, and Microsoft answered that it was already redeemed (%2): the first request had reached it, but its tokens never arrived. This says nothing against the app registration.</source>
        <translation>FlexO hat den Code erneut an %1 gesendet, und Microsoft antwortete, dass er bereits eingelöst wurde (%2): Die erste Anfrage war angekommen, aber ihre Token kamen nie an. Das spricht nicht gegen die App-Registrierung.</translation>
    </message>
    <message>
        <source>Run the test sign-in again. %1</source>
        <translation>Führen Sie die Testanmeldung erneut aus. %1</translation>
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
    <message>
        <source>Unfinished setup</source>
        <translation>Unvollständige Einrichtung</translation>
    </message>
    <message>
        <source>The wizard was closed before the config was saved. What you entered, except the client secret, was kept.</source>
        <translation>Der Assistent wurde geschlossen, bevor die Konfiguration gespeichert wurde. Ihre Eingaben außer dem geheimen Clientschlüssel wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Resume the setup</source>
        <translation>Einrichtung fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>Resume the setup</source>
        <translation>Einrichtung fortsetzen</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Start over and forget the unfinished setup</source>
        <translation>Neu beginnen und die unvollständige Einrichtung verwerfen</translation>
    </message>
</context>
<context>
    <name>flexo::AppCredentialsCheck</name>
    <message>
        <source>Application credentials</source>
        <translation>Anmeldedaten der Anwendung</translation>
    </message>
</context>
<context>
    <name>flexo::AttemptFacts</name>
    <message>
        <source>Passed after %1.</source>
        <translation>Bestanden nach %1.</translation>
    </message>
    <message>
        <source>FlexO tried %1: %2; the last answer: %3.</source>
        <translation>FlexO hat es bei %1 versucht: %2; letzte Antwort: %3.</translation>
    </message>
</context>
<context>
    <name>flexo::CheckRunner</name>
    <message>
        <source>skipped because &apos;%1&apos; failed</source>
        <translation>übersprungen, weil „%1“ fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>skipped because &apos;%1&apos; was skipped</source>
        <translation>übersprungen, weil „%1“ übersprungen wurde</translation>
    </message>
    <message>
        <source>skipped because &apos;%1&apos; has not run</source>
        <translation>übersprungen, weil „%1“ nicht ausgeführt wurde</translation>
    </message>
    <message>
        <source>no client secret available (keychain entry, --secret-stdin or FLEXO_CLIENT_SECRET)</source>
        <translation>kein geheimer Clientschlüssel verfügbar (Schlüsselbundeintrag, --secret-stdin oder FLEXO_CLIENT_SECRET)</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service did not answer in time: the network, a proxy or the service itself is slow or unreachable.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet: Das Netzwerk, ein Proxy oder der Dienst selbst ist langsam oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check the network connection and the proxy settings, then run the check again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Proxyeinstellungen und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>cancelled while running</source>
        <translation>während der Ausführung abgebrochen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>needs a person to sign in (run the checks interactively)</source>
        <translation>erfordert die Anmeldung einer Person (führen Sie die Prüfungen interaktiv aus)</translation>
    </message>
    <message>
        <source>needs a kept sign-in</source>
        <translation>erfordert eine gespeicherte Anmeldung</translation>
    </message>
</context>
<context>
    <name>flexo::ClientCredentialsService</name>
    <message>
        <source>Microsoft&apos;s token endpoint gave an answer without a token.</source>
        <translation>Der Token-Endpunkt von Microsoft hat eine Antwort ohne Token geliefert.</translation>
    </message>
    <message>
        <source>A proxy or another device may have answered instead of Microsoft.</source>
        <translation>Möglicherweise hat ein Proxy oder ein anderes Gerät anstelle von Microsoft geantwortet.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the proxy settings.</source>
        <translation>Versuchen Sie es erneut; falls der Fehler bestehen bleibt, prüfen Sie die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>Microsoft accepted the tenant, the client ID and the secret (%1 token, valid %2 minutes).</source>
        <translation>Microsoft hat den Mandanten, die Client-ID und den geheimen Schlüssel akzeptiert (%1-Token, %2 Minuten gültig).</translation>
    </message>
</context>
<context>
    <name>flexo::ConfigCheck</name>
    <message>
        <source>Configuration values</source>
        <translation>Konfigurationswerte</translation>
    </message>
    <message>
        <source>Values are missing or malformed (problems found: %1).</source>
        <translation>Werte fehlen oder sind fehlerhaft (gefundene Probleme: %1).</translation>
    </message>
    <message>
        <source>Correct the values listed, then run the checks again.</source>
        <translation>Korrigieren Sie die aufgeführten Werte und führen Sie die Prüfungen dann erneut aus.</translation>
    </message>
    <message>
        <source>Some values look unusual; the connector may still work.</source>
        <translation>Einige Werte sehen ungewöhnlich aus; der Connector funktioniert möglicherweise trotzdem.</translation>
    </message>
    <message>
        <source>Review the values listed.</source>
        <translation>Überprüfen Sie die aufgeführten Werte.</translation>
    </message>
    <message>
        <source>All values are present and well-formed.</source>
        <translation>Alle Werte sind vorhanden und korrekt formatiert.</translation>
    </message>
</context>
<context>
    <name>flexo::ConfigFile</name>
    <message>
        <source>The configuration file “%1” cannot be used.</source>
        <translation>Die Konfigurationsdatei „%1“ kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>The value of “%1” is not valid: %2.</source>
        <translation>Der Wert von „%1“ ist ungültig: %2.</translation>
    </message>
    <message>
        <source>Correct it in a text editor, or create the file again with FlexO Teams Setup.</source>
        <translation>Korrigieren Sie ihn in einem Texteditor oder erstellen Sie die Datei mit FlexO Teams Setup neu.</translation>
    </message>
    <message>
        <source>The value of “%1” must be %2, but it is %3.</source>
        <translation>Der Wert von „%1“ muss %2 sein, ist aber %3.</translation>
    </message>
    <message>
        <source>Choose a file saved or exported by FlexO Teams Setup.</source>
        <translation>Wählen Sie eine Datei, die mit FlexO Teams Setup gespeichert oder exportiert wurde.</translation>
    </message>
    <message>
        <source>It is a JSON file, but not a FlexO Teams connector configuration (it has no “format” entry).</source>
        <translation>Es ist eine JSON-Datei, aber keine Konfiguration des FlexO Teams-Connectors (sie hat keinen Eintrag „format“).</translation>
    </message>
    <message>
        <source>It is a JSON file, but not a FlexO Teams connector configuration (its format is “%1”, not “%2”).</source>
        <translation>Es ist eine JSON-Datei, aber keine Konfiguration des FlexO Teams-Connectors (ihr Format ist „%1“, nicht „%2“).</translation>
    </message>
    <message>
        <source>Its “version” entry is missing or is not a positive whole number.</source>
        <translation>Ihr Eintrag „version“ fehlt oder ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>Create the file again with FlexO Teams Setup.</source>
        <translation>Erstellen Sie die Datei mit FlexO Teams Setup neu.</translation>
    </message>
    <message>
        <source>It was written by a newer FlexO Teams Setup (file version %1; this version reads version %2).</source>
        <translation>Sie wurde von einem neueren FlexO Teams Setup geschrieben (Dateiversion %1; diese Version liest Version %2).</translation>
    </message>
    <message>
        <source>Open it with the newer FlexO Teams Setup, or update this one.</source>
        <translation>Öffnen Sie sie mit dem neueren FlexO Teams Setup oder aktualisieren Sie dieses.</translation>
    </message>
    <message>
        <source>“%1” is not one of global, usgov-high, usgov-dod, china, custom</source>
        <translation>„%1“ ist keiner der Werte global, usgov-high, usgov-dod, china, custom</translation>
    </message>
    <message>
        <source>“%1” is not a date in the form YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>“%1” is not a date and time in ISO 8601 form</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit im Format ISO 8601</translation>
    </message>
    <message>
        <source>it must be true or false, but it is %1</source>
        <translation>er muss true oder false sein, ist aber %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>It ends too early, after %1 bytes: it was probably cut off while being copied or written (a full disk, an interrupted transfer).</source>
        <translation>Sie endet zu früh, nach %1 Bytes: Vermutlich wurde sie beim Kopieren oder Schreiben abgeschnitten (volle Festplatte, unterbrochene Übertragung).</translation>
    </message>
    <message>
        <source>Restore the file from its backup (the same name ending in “.bak”) or export it again.</source>
        <translation>Stellen Sie die Datei aus ihrer Sicherung wieder her (gleicher Name mit der Endung „.bak“) oder exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Its JSON is nested too deeply to be a connector configuration.</source>
        <translation>Ihr JSON ist zu tief verschachtelt, um eine Connector-Konfiguration zu sein.</translation>
    </message>
    <message>
        <source>It is not valid JSON: %1 at %2 (byte %3).</source>
        <translation>Sie ist kein gültiges JSON: %1 bei %2 (Byte %3).</translation>
    </message>
    <message>
        <source>If it was edited by hand, correct it there, or restore it from its backup (the same name ending in “.bak”). Otherwise choose a file saved or exported by FlexO Teams Setup.</source>
        <translation>Wenn sie von Hand bearbeitet wurde, korrigieren Sie sie dort oder stellen Sie sie aus ihrer Sicherung wieder her (gleicher Name mit der Endung „.bak“). Wählen Sie andernfalls eine Datei, die mit FlexO Teams Setup gespeichert oder exportiert wurde.</translation>
    </message>
    <message>
        <source>The configuration could not be saved to “%1”: %2</source>
        <translation>Die Konfiguration konnte nicht unter „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no file at this place.</source>
        <translation>An dieser Stelle gibt es keine Datei.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Prüfen Sie Dateiname und Ordner.</translation>
    </message>
    <message>
        <source>It is a folder or a device, not a file.</source>
        <translation>Es ist ein Ordner oder ein Gerät, keine Datei.</translation>
    </message>
    <message>
        <source>Choose the configuration file itself.</source>
        <translation>Wählen Sie die Konfigurationsdatei selbst.</translation>
    </message>
    <message>
        <source>It is %1 bytes large, far larger than a connector configuration (at most %2 bytes).</source>
        <translation>Sie ist %1 Bytes groß, weit größer als eine Connector-Konfiguration (höchstens %2 Bytes).</translation>
    </message>
    <message>
        <source>It could not be opened: %1.</source>
        <translation>Sie konnte nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>Check that you may read it.</source>
        <translation>Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>It is larger than a connector configuration can be (%1 bytes).</source>
        <translation>Sie ist größer, als eine Connector-Konfiguration sein kann (%1 Bytes).</translation>
    </message>
    <message>
        <source>It is empty.</source>
        <translation>Sie ist leer.</translation>
    </message>
    <message>
        <source>It is saved as UTF-16, but a configuration file must be UTF-8.</source>
        <translation>Sie ist als UTF-16 gespeichert, aber eine Konfigurationsdatei muss UTF-8 sein.</translation>
    </message>
    <message>
        <source>Save it again as UTF-8 in your text editor.</source>
        <translation>Speichern Sie sie in Ihrem Texteditor erneut als UTF-8.</translation>
    </message>
    <message>
        <source>It is not UTF-8 text: it may be a binary file, or text in another encoding.</source>
        <translation>Sie ist kein UTF-8-Text: Es kann sich um eine Binärdatei oder um Text in einer anderen Codierung handeln.</translation>
    </message>
    <message>
        <source>Its JSON is nested more than %1 levels deep, far more than a connector configuration.</source>
        <translation>Ihr JSON ist mehr als %1 Ebenen tief verschachtelt, weit mehr als eine Connector-Konfiguration.</translation>
    </message>
    <message>
        <source>It holds a JSON list, not the JSON object a configuration is.</source>
        <translation>Sie enthält eine JSON-Liste, nicht das JSON-Objekt, das eine Konfiguration ist.</translation>
    </message>
    <message>
        <source>Nothing was written: the client secret is also the value of %1, and a file without the secret must not hold it anywhere.</source>
        <translation>Es wurde nichts geschrieben: Der geheime Clientschlüssel ist auch der Wert von %1, und eine Datei ohne den Schlüssel darf ihn nirgends enthalten.</translation>
    </message>
    <message>
        <source>The config has a key this version does not know whose value is the secret (perhaps added by hand or by another tool).</source>
        <translation>Die Konfiguration hat einen Schlüssel, den diese Version nicht kennt und dessen Wert der geheime Clientschlüssel ist (vielleicht von Hand oder von einem anderen Tool hinzugefügt).</translation>
    </message>
    <message>
        <source>Remove %1 from the config, or export with --include-secret if the file is meant to hold the secret.</source>
        <translation>Entfernen Sie %1 aus der Konfiguration, oder exportieren Sie mit --include-secret, wenn die Datei den Schlüssel enthalten soll.</translation>
    </message>
    <message>
        <source>The configuration could not be saved to “%1”.</source>
        <translation>Die Konfiguration konnte nicht unter „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>A folder or a device has that name.</source>
        <translation>Ein Ordner oder ein Gerät trägt diesen Namen.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Its folder could not be created.</source>
        <translation>Ihr Ordner konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Check that you may write to the parent folder.</source>
        <translation>Prüfen Sie, ob Sie im übergeordneten Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>The configuration was not saved to “%1”: the file already there could not be read to keep a backup of it.</source>
        <translation>Die Konfiguration wurde nicht unter „%1“ gespeichert: Die dort bereits vorhandene Datei konnte nicht gelesen werden, um eine Sicherung davon anzulegen.</translation>
    </message>
    <message>
        <source>Check that you may read and write the file.</source>
        <translation>Prüfen Sie, ob Sie die Datei lesen und schreiben dürfen.</translation>
    </message>
    <message>
        <source>The configuration was not saved to “%1”: a backup of the file already there could not be written to “%2”.</source>
        <translation>Die Konfiguration wurde nicht unter „%1“ gespeichert: Eine Sicherung der dort bereits vorhandenen Datei konnte nicht unter „%2“ geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>flexo::ConfigRules</name>
    <message>
        <source>“%1” is not a complete web address. The %2 must be a full address that starts with https:// and names a server, for example %3.</source>
        <translation>„%1“ ist keine vollständige Webadresse. Als %2 ist eine vollständige Adresse erforderlich, die mit https:// beginnt und einen Server nennt, zum Beispiel %3.</translation>
    </message>
    <message>
        <source>“%1” starts with %2:, but the %3 must be a web address starting with https://, for example %4.</source>
        <translation>„%1“ beginnt mit %2:, aber als %3 ist eine Webadresse erforderlich, die mit https:// beginnt, zum Beispiel %4.</translation>
    </message>
    <message>
        <source>(hidden: it looks like a client secret)</source>
        <translation>(ausgeblendet: sieht wie ein geheimer Clientschlüssel aus)</translation>
    </message>
    <message>
        <source>Enter your tenant: a domain of your organization, such as contoso.onmicrosoft.com, or its Directory (tenant) ID, shown on the Overview page of the Microsoft Entra admin center.</source>
        <translation>Geben Sie Ihren Mandanten ein: eine Domäne Ihrer Organisation, etwa contoso.onmicrosoft.com, oder ihre Verzeichnis-ID (Mandant), die auf der Seite „Übersicht“ des Microsoft Entra Admin Centers angezeigt wird.</translation>
    </message>
    <message>
        <source>This looks like a client secret, not a tenant. Paste it in the secret field instead, and enter your tenant&apos;s domain (such as contoso.onmicrosoft.com) or Directory (tenant) ID here.</source>
        <translation>Dies sieht wie ein geheimer Clientschlüssel aus, nicht wie ein Mandant. Fügen Sie ihn stattdessen in das Feld für den geheimen Schlüssel ein und geben Sie hier die Domäne Ihres Mandanten (etwa contoso.onmicrosoft.com) oder die Verzeichnis-ID (Mandant) ein.</translation>
    </message>
    <message>
        <source>“%1” is not a tenant: it is a shared sign-in address that lets accounts of any organization sign in. The connector must be tied to your one tenant, so that only your organization&apos;s accounts are used and your app registration is found. Enter your Directory (tenant) ID or your domain, for example contoso.onmicrosoft.com.</source>
        <translation>„%1“ ist kein Mandant: Es ist eine gemeinsame Anmeldeadresse, über die sich Konten jeder Organisation anmelden können. Der Connector muss an Ihren einen Mandanten gebunden sein, damit nur Konten Ihrer Organisation verwendet werden und Ihre App-Registrierung gefunden wird. Geben Sie Ihre Verzeichnis-ID (Mandant) oder Ihre Domäne ein, zum Beispiel contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>“%1” stands for personal Microsoft accounts, which cannot hold Teams meetings for FlexO. The connector must be tied to your organization&apos;s tenant: enter its Directory (tenant) ID or its domain, for example contoso.onmicrosoft.com.</source>
        <translation>„%1“ steht für persönliche Microsoft-Konten, die für FlexO keine Teams-Besprechungen abhalten können. Der Connector muss an den Mandanten Ihrer Organisation gebunden sein: Geben Sie dessen Verzeichnis-ID (Mandant) oder dessen Domäne ein, zum Beispiel contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The all-zero ID is a placeholder, not a real tenant. Copy the Directory (tenant) ID from the Overview page of the Microsoft Entra admin center, or enter your domain instead.</source>
        <translation>Die ID aus lauter Nullen ist ein Platzhalter, kein echter Mandant. Kopieren Sie die Verzeichnis-ID (Mandant) von der Seite „Übersicht“ des Microsoft Entra Admin Centers, oder geben Sie stattdessen Ihre Domäne ein.</translation>
    </message>
    <message>
        <source>Enter only the tenant, not a web address: here, %1.</source>
        <translation>Geben Sie nur den Mandanten ein, keine Webadresse: hier %1.</translation>
    </message>
    <message>
        <source>Enter only the tenant ID or domain, not a web address. For https://login.microsoftonline.com/contoso.onmicrosoft.com, enter contoso.onmicrosoft.com.</source>
        <translation>Geben Sie nur die Mandanten-ID oder Domäne ein, keine Webadresse. Geben Sie für https://login.microsoftonline.com/contoso.onmicrosoft.com also contoso.onmicrosoft.com ein.</translation>
    </message>
    <message>
        <source>“%1” is an email address. Enter only the domain, the part after @ (%2), or the Directory (tenant) ID.</source>
        <translation>„%1“ ist eine E-Mail-Adresse. Geben Sie nur die Domäne ein, also den Teil nach @ (%2), oder die Verzeichnis-ID (Mandant).</translation>
    </message>
    <message>
        <source>This looks like a tenant ID, but it is not complete: a Directory (tenant) ID has 36 characters, such as aaaabbbb-0000-cccc-1111-dddd2222eeee. Copy it again from the Overview page of the Microsoft Entra admin center.</source>
        <translation>Dies sieht wie eine Mandanten-ID aus, ist aber unvollständig: Eine Verzeichnis-ID (Mandant) hat 36 Zeichen, etwa aaaabbbb-0000-cccc-1111-dddd2222eeee. Kopieren Sie sie erneut von der Seite „Übersicht“ des Microsoft Entra Admin Centers.</translation>
    </message>
    <message>
        <source>“%1” is neither a tenant ID nor a domain. Enter the Directory (tenant) ID (36 characters, such as aaaabbbb-0000-cccc-1111-dddd2222eeee) or a domain of your organization, such as contoso.onmicrosoft.com.</source>
        <translation>„%1“ ist weder eine Mandanten-ID noch eine Domäne. Geben Sie die Verzeichnis-ID (Mandant) ein (36 Zeichen, etwa aaaabbbb-0000-cccc-1111-dddd2222eeee) oder eine Domäne Ihrer Organisation, etwa contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Enter the Application (client) ID shown on the Overview page of the app registration.</source>
        <translation>Geben Sie die Anwendungs-ID (Client) ein, die auf der Seite „Übersicht“ der App-Registrierung angezeigt wird.</translation>
    </message>
    <message>
        <source>This is not an Application (client) ID, which has 36 characters, such as 00001111-aaaa-2222-bbbb-3333cccc4444. Copy it from the Overview page of the app registration.</source>
        <translation>Dies ist keine Anwendungs-ID (Client); diese hat 36 Zeichen, etwa 00001111-aaaa-2222-bbbb-3333cccc4444. Kopieren Sie sie von der Seite „Übersicht“ der App-Registrierung.</translation>
    </message>
    <message>
        <source>The all-zero ID is a placeholder, not a real application. Copy the Application (client) ID from the Overview page of the app registration.</source>
        <translation>Die ID aus lauter Nullen ist ein Platzhalter, keine echte Anwendung. Kopieren Sie die Anwendungs-ID (Client) von der Seite „Übersicht“ der App-Registrierung.</translation>
    </message>
    <message>
        <source>This is the ID of Microsoft Graph itself, not of your app registration. Copy the Application (client) ID from the Overview page of the app registration.</source>
        <translation>Dies ist die ID von Microsoft Graph selbst, nicht die Ihrer App-Registrierung. Kopieren Sie die Anwendungs-ID (Client) von der Seite „Übersicht“ der App-Registrierung.</translation>
    </message>
    <message>
        <source>This is the Directory (tenant) ID, not the Application (client) ID. Both are on the Overview page of the app registration: copy the one labelled “Application (client) ID”.</source>
        <translation>Dies ist die Verzeichnis-ID (Mandant), nicht die Anwendungs-ID (Client). Beide stehen auf der Seite „Übersicht“ der App-Registrierung: Kopieren Sie die mit der Bezeichnung „Anwendungs-ID (Client)“.</translation>
    </message>
    <message>
        <source>Paste the client secret&apos;s Value, from Certificates &amp; secrets → Client secrets, “Value” column.</source>
        <translation>Fügen Sie den Wert des geheimen Clientschlüssels ein, aus „Zertifikate &amp; Geheimnisse“ → „Geheime Clientschlüssel“, Spalte „Wert“.</translation>
    </message>
    <message>
        <source>This is the Secret ID, not the secret. Paste the “Value” column of Certificates &amp; secrets instead. The Value is shown only once, right after the secret is created: if it is gone, create a new client secret and copy its Value.</source>
        <translation>Dies ist die Geheime ID, nicht der geheime Schlüssel. Fügen Sie stattdessen die Spalte „Wert“ unter „Zertifikate &amp; Geheimnisse“ ein. Der Wert wird nur einmal angezeigt, direkt nach dem Erstellen des geheimen Schlüssels: Ist er nicht mehr sichtbar, erstellen Sie einen neuen geheimen Clientschlüssel und kopieren Sie dessen Wert.</translation>
    </message>
    <message>
        <source>This is the shortened hint the portal shows once you leave the page, not the secret. The Value is shown in full only once, right after the secret is created: create a new client secret and copy its Value.</source>
        <translation>Dies ist der gekürzte Hinweis, den das Portal anzeigt, sobald Sie die Seite verlassen haben, nicht der geheime Schlüssel. Der Wert wird nur einmal vollständig angezeigt, direkt nach dem Erstellen des geheimen Schlüssels: Erstellen Sie einen neuen geheimen Clientschlüssel und kopieren Sie dessen Wert.</translation>
    </message>
    <message>
        <source>The value contains a space or a line break, which a client secret never does: more than the Value was probably copied. Copy only the “Value” cell with its Copy button.</source>
        <translation>Der Wert enthält ein Leerzeichen oder einen Zeilenumbruch, was in einem geheimen Clientschlüssel nie vorkommt: Vermutlich wurde mehr als der Wert kopiert. Kopieren Sie nur die Zelle „Wert“ mit ihrer Kopierschaltfläche.</translation>
    </message>
    <message>
        <source>The value contains a character that a client secret never has (“%1”). Copy the “Value” cell again with its Copy button.</source>
        <translation>Der Wert enthält ein Zeichen, das in einem geheimen Clientschlüssel nie vorkommt („%1“). Kopieren Sie die Zelle „Wert“ erneut mit ihrer Kopierschaltfläche.</translation>
    </message>
    <message>
        <source>The value has %1 characters, but a client secret has %2 to %3 (usually 40): it was probably copied only in part. Copy the whole “Value” cell with its Copy button.</source>
        <translation>Der Wert hat %1 Zeichen, ein geheimer Clientschlüssel hat aber %2 bis %3 (meist 40): Vermutlich wurde er nur teilweise kopiert. Kopieren Sie die gesamte Zelle „Wert“ mit ihrer Kopierschaltfläche.</translation>
    </message>
    <message>
        <source>The value has %1 characters, but a client secret has at most %2 (usually 40): more than the Value was probably copied. Copy only the “Value” cell with its Copy button.</source>
        <translation>Der Wert hat %1 Zeichen, ein geheimer Clientschlüssel hat aber höchstens %2 (meist 40): Vermutlich wurde mehr als der Wert kopiert. Kopieren Sie nur die Zelle „Wert“ mit ihrer Kopierschaltfläche.</translation>
    </message>
    <message>
        <source>This has the shape of a client secret Value.</source>
        <translation>Dies hat die Form eines Werts eines geheimen Clientschlüssels.</translation>
    </message>
    <message>
        <source>This does not have the shape of recent client secrets (which contain “Q~”), but older secrets look like this one, so it is accepted. The credentials check will tell whether it is right.</source>
        <translation>Dies hat nicht die Form neuerer geheimer Clientschlüssel (die „Q~“ enthalten), aber ältere geheime Schlüssel sehen so aus, daher wird er akzeptiert. Die Prüfung der Anmeldeinformationen zeigt, ob er stimmt.</translation>
    </message>
    <message>
        <source>This is the Application (client) ID, not the secret. Paste the “Value” column of Certificates &amp; secrets instead. The Value is shown only once, right after the secret is created: if it is gone, create a new client secret and copy its Value.</source>
        <translation>Dies ist die Anwendungs-ID (Client), nicht der geheime Schlüssel. Fügen Sie stattdessen die Spalte „Wert“ unter „Zertifikate &amp; Geheimnisse“ ein. Der Wert wird nur einmal angezeigt, direkt nach dem Erstellen des geheimen Schlüssels: Ist er nicht mehr sichtbar, erstellen Sie einen neuen geheimen Clientschlüssel und kopieren Sie dessen Wert.</translation>
    </message>
    <message>
        <source>This is the Directory (tenant) ID, not the secret. Paste the “Value” column of Certificates &amp; secrets instead. The Value is shown only once, right after the secret is created: if it is gone, create a new client secret and copy its Value.</source>
        <translation>Dies ist die Verzeichnis-ID (Mandant), nicht der geheime Schlüssel. Fügen Sie stattdessen die Spalte „Wert“ unter „Zertifikate &amp; Geheimnisse“ ein. Der Wert wird nur einmal angezeigt, direkt nach dem Erstellen des geheimen Schlüssels: Ist er nicht mehr sichtbar, erstellen Sie einen neuen geheimen Clientschlüssel und kopieren Sie dessen Wert.</translation>
    </message>
    <message>
        <source>The secret&apos;s expiry date is not known. Enter the date shown in the “Expires” column of Certificates &amp; secrets, so that you are warned before the secret stops working.</source>
        <translation>Das Ablaufdatum des geheimen Schlüssels ist nicht bekannt. Geben Sie das Datum aus der Spalte „Gültig bis“ unter „Zertifikate &amp; Geheimnisse“ ein, damit Sie gewarnt werden, bevor der geheime Schlüssel nicht mehr funktioniert.</translation>
    </message>
    <message>
        <source>The client secret expired on %1, so FlexO can no longer connect to Teams with it. Create a new client secret (Certificates &amp; secrets → New client secret) and enter its Value and expiry date.</source>
        <translation>Der geheime Clientschlüssel ist am %1 abgelaufen, daher kann FlexO damit keine Verbindung mehr zu Teams herstellen. Erstellen Sie einen neuen geheimen Clientschlüssel („Zertifikate &amp; Geheimnisse“ → „Neuer geheimer Clientschlüssel“) und geben Sie dessen Wert und Ablaufdatum ein.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>The client secret expires %1 (%2). Create a new client secret now and update FlexO with it, or Teams meetings will stop being created on that day.</source>
        <translation>Der geheime Clientschlüssel läuft %1 ab (%2). Erstellen Sie jetzt einen neuen geheimen Clientschlüssel und aktualisieren Sie FlexO damit, sonst werden ab diesem Tag keine Teams-Besprechungen mehr erstellt.</translation>
    </message>
    <message>
        <source>%1 is more than 24 months away, but a client secret lasts at most 24 months. Check the date for a typo, for example in the year.</source>
        <translation>%1 liegt mehr als 24 Monate in der Zukunft, aber ein geheimer Clientschlüssel ist höchstens 24 Monate gültig. Prüfen Sie das Datum auf Tippfehler, zum Beispiel im Jahr.</translation>
    </message>
    <message>
        <source>redirect URI</source>
        <translation>Umleitungs-URI</translation>
    </message>
    <message>
        <source>Enter the redirect URI given by FlexO, for example %1.</source>
        <translation>Geben Sie den von FlexO angegebenen Umleitungs-URI ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>This redirect URI has %1 characters, but Microsoft accepts at most %2. Ask for a shorter address for FlexO.</source>
        <translation>Dieser Umleitungs-URI hat %1 Zeichen, Microsoft akzeptiert aber höchstens %2. Fragen Sie nach einer kürzeren Adresse für FlexO.</translation>
    </message>
    <message>
        <source>“%1” contains “#”. Microsoft does not accept a redirect URI with a fragment (the part from #): remove it.</source>
        <translation>„%1“ enthält „#“. Microsoft akzeptiert keinen Umleitungs-URI mit Fragment (dem Teil ab #): Entfernen Sie es.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which Microsoft does not accept in a redirect URI. Ask for an address without it.</source>
        <translation>„%1“ enthält „%2“, was Microsoft in einem Umleitungs-URI nicht akzeptiert. Fragen Sie nach einer Adresse ohne dieses Zeichen.</translation>
    </message>
    <message>
        <source>“%1” has no path: Microsoft matches it as %2, with a trailing slash. Make sure FlexO uses exactly the same address.</source>
        <translation>„%1“ hat keinen Pfad: Microsoft vergleicht ihn als %2, mit abschließendem Schrägstrich. Stellen Sie sicher, dass FlexO genau dieselbe Adresse verwendet.</translation>
    </message>
    <message>
        <source>lifecycle URL</source>
        <translation>Lifecycle-URL</translation>
    </message>
    <message>
        <source>Enter the lifecycle URL given by your FlexO representative, for example %1.</source>
        <translation>Geben Sie die Lifecycle-URL ein, die Sie von Ihrem FlexO-Ansprechpartner erhalten haben, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>“%1” uses http://, but the lifecycle URL must use https://. Enter the https:// address given by your FlexO representative.</source>
        <translation>„%1“ verwendet http://, aber die Lifecycle-URL muss https:// verwenden. Geben Sie die https://-Adresse ein, die Sie von Ihrem FlexO-Ansprechpartner erhalten haben.</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>A custom cloud needs both base URLs, for example %1.</source>
        <translation>Eine benutzerdefinierte Cloud benötigt beide Basis-URLs, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>“%1” contains “?” or “#”. A base URL is the start of the addresses this tool builds: remove everything from the ? or #.</source>
        <translation>„%1“ enthält „?“ oder „#“. Eine Basis-URL ist der Anfang der Adressen, die dieses Tool bildet: Entfernen Sie alles ab ? bzw. #.</translation>
    </message>
    <message>
        <source>The tenant ID “%1” is not a GUID. Put a domain in the tenant domain instead, or enter the Directory (tenant) ID.</source>
        <translation>Die Mandanten-ID „%1“ ist keine GUID. Tragen Sie eine Domäne stattdessen als Mandantendomäne ein, oder geben Sie die Verzeichnis-ID (Mandant) ein.</translation>
    </message>
    <message>
        <source>The tenant domain “%1” is a GUID. Put it in the tenant ID instead, or enter a domain such as contoso.onmicrosoft.com.</source>
        <translation>Die Mandantendomäne „%1“ ist eine GUID. Tragen Sie sie stattdessen als Mandanten-ID ein, oder geben Sie eine Domäne wie contoso.onmicrosoft.com ein.</translation>
    </message>
    <message>
        <source>The secret does not begin with “%1”, the hint recorded with its expiry date: it may be another secret than the one whose expiry date is known. Check the “Value” hint in Certificates &amp; secrets.</source>
        <translation>Der geheime Schlüssel beginnt nicht mit „%1“, dem Hinweis, der mit seinem Ablaufdatum gespeichert wurde: Es handelt sich möglicherweise um einen anderen geheimen Schlüssel als den, dessen Ablaufdatum bekannt ist. Prüfen Sie den Hinweis in der Spalte „Wert“ unter „Zertifikate &amp; Geheimnisse“.</translation>
    </message>
    <message>
        <source>The secret hint “%1” should be the first 3 characters of the secret, as shown in Certificates &amp; secrets.</source>
        <translation>Der Hinweis „%1“ zum geheimen Schlüssel sollte aus den ersten 3 Zeichen des geheimen Schlüssels bestehen, wie unter „Zertifikate &amp; Geheimnisse“ angezeigt.</translation>
    </message>
    <message>
        <source>No redirect URI is set. Enter the redirect URIs given by your FlexO representative.</source>
        <translation>Es ist kein Umleitungs-URI festgelegt. Geben Sie die Umleitungs-URIs ein, die Sie von Ihrem FlexO-Ansprechpartner erhalten haben.</translation>
    </message>
    <message>
        <source>“%1” is listed twice; one is enough.</source>
        <translation>„%1“ ist zweimal aufgeführt; einmal genügt.</translation>
    </message>
    <message>
        <source>“%1” is not a proxy address. Enter it as http://host:port (for example http://proxy.example.com:3128), “none” for no proxy, or leave it empty to use the system&apos;s proxy settings.</source>
        <translation>„%1“ ist keine Proxyadresse. Geben Sie sie als http://host:port ein (zum Beispiel http://proxy.example.com:3128), „none“ für keinen Proxy, oder lassen Sie das Feld leer, um die Proxyeinstellungen des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>Microsoft does not support [::1] in redirect URIs. Use http://localhost instead (or http://127.0.0.1, which the Azure portal accepts only through the app&apos;s Manifest).</source>
        <translation>Microsoft unterstützt [::1] in Umleitungs-URIs nicht. Verwenden Sie stattdessen http://localhost (oder http://127.0.0.1, das das Azure-Portal nur über das Manifest der App akzeptiert).</translation>
    </message>
    <message>
        <source>“%1” uses http://. Microsoft accepts http only for localhost and 127.0.0.1 (127.0.0.1 only through the app&apos;s Manifest); every other redirect URI must start with https://.</source>
        <translation>„%1“ verwendet http://. Microsoft akzeptiert http nur für localhost und 127.0.0.1 (127.0.0.1 nur über das Manifest der App); jeder andere Umleitungs-URI muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The Azure portal accepts only http://localhost addresses on the Web platform: register “%1” in the app&apos;s Manifest (replyUrlsWithType, type &quot;Web&quot;), or use http://localhost instead.</source>
        <translation>Das Azure-Portal akzeptiert auf der Plattform „Web“ nur http://localhost-Adressen: Registrieren Sie „%1“ im Manifest der App (replyUrlsWithType, type &quot;Web&quot;), oder verwenden Sie stattdessen http://localhost.</translation>
    </message>
    <message>
        <source>“%1” uses http://, which would send secrets and tokens unencrypted. Use https://; http is accepted only for a server on this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>„%1“ verwendet http://, wodurch Schlüssel und Token unverschlüsselt gesendet würden. Verwenden Sie https://; http wird nur für einen Server auf diesem Computer akzeptiert (localhost, 127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <source>The configuration has no tenant ID (GUID), so its secret cannot be found in the keychain. Provide the secret another way (standard input or the FLEXO_CLIENT_SECRET variable), or save it again from the wizard.</source>
        <translation>Die Konfiguration hat keine Mandanten-ID (GUID), daher kann ihr Schlüssel nicht im Schlüsselbund gefunden werden. Übergeben Sie den Schlüssel auf andere Weise (Standardeingabe oder die Variable FLEXO_CLIENT_SECRET), oder speichern Sie ihn erneut aus dem Assistenten.</translation>
    </message>
</context>
<context>
    <name>flexo::Diagnosis</name>
    <message>
        <source>No client secret was given, and no keychain is used.</source>
        <translation>Es wurde kein geheimer Clientschlüssel angegeben, und es wird kein Schlüsselbund verwendet.</translation>
    </message>
    <message>
        <source>Give it with --secret-stdin or FLEXO_CLIENT_SECRET.</source>
        <translation>Übergeben Sie ihn mit --secret-stdin oder FLEXO_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>No keychain is used.</source>
        <translation>Es wird kein Schlüsselbund verwendet.</translation>
    </message>
</context>
<context>
    <name>flexo::DiscoveryCheck</name>
    <message>
        <source>Tenant discovery</source>
        <translation>Mandantenermittlung</translation>
    </message>
    <message>
        <source>The tenant %1 exists in %2 (tenant ID %3).</source>
        <translation>Der Mandant %1 existiert in %2 (Mandanten-ID %3).</translation>
    </message>
</context>
<context>
    <name>flexo::FactLabels</name>
    <message>
        <source>Entra error number</source>
        <translation>Entra-Fehlernummer</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <source>Admin-consent link</source>
        <translation>Link zur Administratorzustimmung</translation>
    </message>
    <message>
        <source>Request to send to an administrator</source>
        <translation>An einen Administrator zu sendende Anfrage</translation>
    </message>
    <message>
        <source>Answer lost on the way</source>
        <translation>Unterwegs verlorene Antwort</translation>
    </message>
    <message>
        <source>Answered by (not Microsoft)</source>
        <translation>Antwort von (nicht Microsoft)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Client request ID</source>
        <translation>Client-Anforderungs-ID</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Cloud instance</source>
        <translation>Cloudinstanz</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Creation not confirmed</source>
        <translation>Erstellung nicht bestätigt</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Address tried</source>
        <translation>Versuchte Adresse</translation>
    </message>
    <message>
        <source>FlexO addresses</source>
        <translation>FlexO-Adressen</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Access valid until</source>
        <translation>Zugriff gültig bis</translation>
    </message>
    <message>
        <source>Access valid for (seconds)</source>
        <translation>Zugriff gültig für (Sekunden)</translation>
    </message>
    <message>
        <source>Probe meeting&apos;s own ID</source>
        <translation>Eigene ID der Testbesprechung</translation>
    </message>
    <message>
        <source>Granted permissions</source>
        <translation>Erteilte Berechtigungen</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Meeting join link</source>
        <translation>Teilnahmelink der Besprechung</translation>
    </message>
    <message>
        <source>Unreadable cleanup list kept aside as</source>
        <translation>Unlesbare Aufräumliste beiseitegelegt als</translation>
    </message>
    <message>
        <source>Probe meeting left behind</source>
        <translation>Zurückgebliebene Testbesprechung</translation>
    </message>
    <message>
        <source>Join links of left-over probe meetings</source>
        <translation>Teilnahmelinks zurückgebliebener Testbesprechungen</translation>
    </message>
    <message>
        <source>Left-over probe meetings</source>
        <translation>Zurückgebliebene Testbesprechungen</translation>
    </message>
    <message>
        <source>Left-over probe meetings still being removed</source>
        <translation>Zurückgebliebene Testbesprechungen, die noch entfernt werden</translation>
    </message>
    <message>
        <source>Left-over probe meetings of other accounts</source>
        <translation>Zurückgebliebene Testbesprechungen anderer Konten</translation>
    </message>
    <message>
        <source>Left-over probe meetings removed</source>
        <translation>Entfernte zurückgebliebene Testbesprechungen</translation>
    </message>
    <message>
        <source>Probe meeting ID</source>
        <translation>ID der Testbesprechung</translation>
    </message>
    <message>
        <source>Missing permissions</source>
        <translation>Fehlende Berechtigungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Account object ID</source>
        <translation>Objekt-ID des Kontos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Redirect URI sent</source>
        <translation>Gesendeter Umleitungs-URI</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Umleitungs-URIs</translation>
    </message>
    <message>
        <source>New refresh token received</source>
        <translation>Neues Aktualisierungstoken erhalten</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anforderungs-ID</translation>
    </message>
    <message>
        <source>Answers that were retried</source>
        <translation>Antworten, nach denen erneut versucht wurde</translation>
    </message>
    <message>
        <source>Tenant of the account</source>
        <translation>Mandant des Kontos</translation>
    </message>
    <message>
        <source>Why it did not run</source>
        <translation>Grund für die Nichtausführung</translation>
    </message>
    <message>
        <source>Meeting subject</source>
        <translation>Betreff der Besprechung</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Tenant region</source>
        <translation>Region des Mandanten</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Zeitlimit (Sekunden)</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Tokentyp</translation>
    </message>
    <message>
        <source>Time spent trying (ms)</source>
        <translation>Für Versuche aufgewendete Zeit (ms)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Zu registrierender Umleitungs-URI</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>From the kept sign-in</source>
        <translation>Aus der gespeicherten Anmeldung</translation>
    </message>
    <message>
        <source>Rotated sign-in stored</source>
        <translation>Erneuerte Anmeldung gespeichert</translation>
    </message>
    <message>
        <source>Sign-in kept since</source>
        <translation>Anmeldung gespeichert seit</translation>
    </message>
    <message>
        <source>Waited for the service&apos;s Retry-After (ms)</source>
        <translation>Gewartet, weil der Dienst per Retry-After darum bat (ms)</translation>
    </message>
</context>
<context>
    <name>flexo::FlexoEndpointsCheck</name>
    <message>
        <source>FlexO addresses</source>
        <translation>FlexO-Adressen</translation>
    </message>
    <message>
        <source>no FlexO redirect URI or lifecycle URL in the configuration</source>
        <translation>keine FlexO-Umleitungs-URI oder Lifecycle-URL in der Konfiguration</translation>
    </message>
    <message>
        <source>%1: reachable, certificate valid</source>
        <translation>%1: erreichbar, Zertifikat gültig</translation>
    </message>
    <message>
        <source>All %1 FlexO addresses are reachable and present a valid certificate.</source>
        <translation>Alle %1 FlexO-Adressen sind erreichbar und legen ein gültiges Zertifikat vor.</translation>
    </message>
</context>
<context>
    <name>flexo::FlexoHandover</name>
    <message>
        <source>the client secret</source>
        <translation>der geheime Clientschlüssel</translation>
    </message>
    <message>
        <source>%1 (expires on %2)</source>
        <translation>%1 (läuft am %2 ab)</translation>
    </message>
    <message>
        <source>In FlexO, save the Teams integration with these values but leave it disabled. Enable it only once the first user has signed in to Teams from FlexO successfully.</source>
        <translation>Speichern Sie in FlexO die Teams-Integration mit diesen Werten, lassen Sie sie aber deaktiviert. Aktivieren Sie sie erst, wenn sich der erste Benutzer erfolgreich aus FlexO bei Teams angemeldet hat.</translation>
    </message>
    <message numerus="yes">
        <source>A copied secret is removed from the clipboard after %n seconds.</source>
        <translation>
            <numerusform>Ein kopierter Schlüssel wird nach %n Sekunde aus der Zwischenablage entfernt.</numerusform>
            <numerusform>Ein kopierter Schlüssel wird nach %n Sekunden aus der Zwischenablage entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client secret is available.</source>
        <translation>Es ist kein geheimer Clientschlüssel verfügbar.</translation>
    </message>
    <message>
        <source>There is no keychain to read it from.</source>
        <translation>Es gibt keinen Schlüsselbund, aus dem er gelesen werden könnte.</translation>
    </message>
    <message>
        <source>Type the secret into FlexO yourself, or replace the client secret.</source>
        <translation>Geben Sie den Schlüssel selbst in FlexO ein, oder ersetzen Sie den geheimen Clientschlüssel.</translation>
    </message>
</context>
<context>
    <name>flexo::KeptSignInRefresh</name>
    <message>
        <source>The monitoring sign-in has expired or was revoked; run the test sign-in again with --keep-sign-in.</source>
        <translation>Die Überwachungsanmeldung ist abgelaufen oder wurde widerrufen; führen Sie die Testanmeldung mit --keep-sign-in erneut aus.</translation>
    </message>
    <message>
        <source>Run `flexo-teams-setup diagnose --interactive --keep-sign-in` with this config (or the wizard&apos;s test sign-in with &quot;Keep this sign-in&quot; ticked) and sign in again.</source>
        <translation>Führen Sie `flexo-teams-setup diagnose --interactive --keep-sign-in` mit dieser Konfiguration aus (oder die Testanmeldung des Assistenten mit angehaktem „Diese Anmeldung speichern“) und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s token endpoint gave an answer without a token.</source>
        <translation>Der Token-Endpunkt von Microsoft hat eine Antwort ohne Token geliefert.</translation>
    </message>
    <message>
        <source>A proxy or another device may have answered instead of Microsoft.</source>
        <translation>Möglicherweise hat ein Proxy oder ein anderes Gerät anstelle von Microsoft geantwortet.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the proxy settings.</source>
        <translation>Versuchen Sie es erneut; falls der Fehler bestehen bleibt, prüfen Sie die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>The kept monitoring sign-in was redeemed without a person.</source>
        <translation>Die gespeicherte Überwachungsanmeldung wurde ohne Zutun einer Person eingelöst.</translation>
    </message>
    <message>
        <source>The kept monitoring sign-in of %1 was redeemed without a person.</source>
        <translation>Die gespeicherte Überwachungsanmeldung von %1 wurde ohne Zutun einer Person eingelöst.</translation>
    </message>
    <message>
        <source>The consent to the app&apos;s permissions was withdrawn after the sign-in was kept.</source>
        <translation>Die Zustimmung zu den Berechtigungen der App wurde zurückgezogen, nachdem die Überwachungsanmeldung gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>flexo::KeychainBinding</name>
    <message>
        <source>The keychain entry of a secret is tied to the cloud&apos;s sign-in address, the tenant ID and the client ID, so that a config file cannot point at another connector&apos;s secret.</source>
        <translation>Der Schlüsselbundeintrag eines Schlüssels ist an die Anmeldeadresse der Cloud, die Mandanten-ID und die Client-ID gebunden, damit eine Konfigurationsdatei nicht auf den Schlüssel eines anderen Connectors verweisen kann.</translation>
    </message>
    <message>
        <source>The client secret of this config cannot be looked up in the keychain: the config has no tenant ID (GUID).</source>
        <translation>Der geheime Clientschlüssel dieser Konfiguration kann nicht im Schlüsselbund gesucht werden: Die Konfiguration hat keine Mandanten-ID (GUID).</translation>
    </message>
    <message>
        <source>Give the secret with --secret-stdin or FLEXO_CLIENT_SECRET, or save the config again from the wizard, which finds the tenant ID.</source>
        <translation>Übergeben Sie den Schlüssel mit --secret-stdin oder FLEXO_CLIENT_SECRET, oder speichern Sie die Konfiguration erneut aus dem Assistenten, der die Mandanten-ID ermittelt.</translation>
    </message>
    <message>
        <source>The client secret of this config cannot be looked up in the keychain: the config has no valid Application (client) ID.</source>
        <translation>Der geheime Clientschlüssel dieser Konfiguration kann nicht im Schlüsselbund gesucht werden: Die Konfiguration hat keine gültige Anwendungs-ID (Client).</translation>
    </message>
    <message>
        <source>Correct the client ID in the config, or save it again from the wizard.</source>
        <translation>Korrigieren Sie die Client-ID in der Konfiguration, oder speichern Sie sie erneut aus dem Assistenten.</translation>
    </message>
</context>
<context>
    <name>flexo::LoopbackListener</name>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>This request was not understood.</source>
        <translation>Diese Anfrage wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Sign-in answer not accepted</source>
        <translation>Anmeldeantwort nicht akzeptiert</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in FlexO Teams Setup is waiting for (it may come from an older browser tab). Return to FlexO Teams Setup and start the test sign-in again if it does not finish.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, auf die FlexO Teams Setup wartet (sie stammt möglicherweise aus einem älteren Browser-Tab). Kehren Sie zu FlexO Teams Setup zurück und starten Sie die Testanmeldung erneut, falls sie nicht abgeschlossen wird.</translation>
    </message>
    <message>
        <source>Sign-in answer received</source>
        <translation>Anmeldeantwort empfangen</translation>
    </message>
    <message>
        <source>FlexO Teams Setup received Microsoft&apos;s answer. You can close this tab and return to FlexO Teams Setup to see the result.</source>
        <translation>FlexO Teams Setup hat die Antwort von Microsoft empfangen. Sie können diesen Tab schließen und zu FlexO Teams Setup zurückkehren, um das Ergebnis zu sehen.</translation>
    </message>
</context>
<context>
    <name>flexo::MeetingCreateCheck</name>
    <message>
        <source>Removed 1 probe meeting left by an earlier run.</source>
        <translation>1 Testbesprechung aus einem früheren Lauf wurde entfernt.</translation>
    </message>
    <message>
        <source>Removed %1 probe meetings left by earlier runs.</source>
        <translation>%1 Testbesprechungen aus früheren Läufen wurden entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Left alone %n probe meeting(s) of another run still in progress.</source>
        <translation>
            <numerusform>%n Testbesprechung eines anderen, noch laufenden Laufs wurde nicht angetastet.</numerusform>
            <numerusform>%n Testbesprechungen eines anderen, noch laufenden Laufs wurden nicht angetastet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone %n probe meeting(s) of another account or tenant.</source>
        <translation>
            <numerusform>%n Testbesprechung eines anderen Kontos oder Mandanten wurde nicht angetastet.</numerusform>
            <numerusform>%n Testbesprechungen eines anderen Kontos oder Mandanten wurden nicht angetastet.</numerusform>
        </translation>
    </message>
    <message>
        <source>a meeting not found again (externalId %1)</source>
        <translation>eine nicht wiedergefundene Besprechung (externalId %1)</translation>
    </message>
    <message>
        <source>A test meeting left by an earlier, interrupted run could not be removed: %1.</source>
        <translation>Eine Testbesprechung, die ein früherer, unterbrochener Lauf hinterlassen hat, konnte nicht entfernt werden: %1.</translation>
    </message>
    <message>
        <source>Delete that meeting in Teams or Outlook; it is safe to delete. The next diagnose run also tries again.</source>
        <translation>Löschen Sie diese Besprechung in Teams oder Outlook; sie kann gefahrlos gelöscht werden. Der nächste Diagnoselauf versucht es ebenfalls erneut.</translation>
    </message>
    <message>
        <source>The probe meeting journal could not be read; it was kept as %1 and a new one was started. Probe meetings it listed were not removed.</source>
        <translation>Das Journal der Testbesprechungen konnte nicht gelesen werden; es wurde als %1 aufbewahrt und ein neues angelegt. Darin aufgeführte Testbesprechungen wurden nicht entfernt.</translation>
    </message>
    <message>
        <source>Open %1, delete in Teams or Outlook the &quot;FlexO connection test&quot; meetings it names (id and join link), then delete the file.</source>
        <translation>Öffnen Sie %1, löschen Sie in Teams oder Outlook die darin genannten Besprechungen „FlexO-Verbindungstest“ (ID und Teilnahmelink) und löschen Sie dann die Datei.</translation>
    </message>
    <message>
        <source>It is not known whether Microsoft Graph created the test meeting.</source>
        <translation>Es ist nicht bekannt, ob Microsoft Graph die Testbesprechung erstellt hat.</translation>
    </message>
    <message>
        <source>The next run asks Microsoft Graph for this probe&apos;s meeting (externalId %1) and deletes it. Until then a &quot;%2&quot; meeting may be in the signed-in account&apos;s Teams; it is safe to delete.</source>
        <translation>Der nächste Lauf fragt Microsoft Graph nach der Besprechung dieses Tests (externalId %1) und löscht sie. Bis dahin kann sich eine Besprechung „%2“ im Teams des angemeldeten Kontos befinden; sie kann gefahrlos gelöscht werden.</translation>
    </message>
    <message>
        <source>Microsoft Graph created the test meeting: the permission OnlineMeetings.ReadWrite works. An answer was lost on the way, and the request with this probe&apos;s externalId returned that same meeting (200), so there is only one.</source>
        <translation>Microsoft Graph hat die Testbesprechung erstellt: Die Berechtigung OnlineMeetings.ReadWrite funktioniert. Eine Antwort ging unterwegs verloren, und die Anfrage mit der externalId dieses Tests lieferte dieselbe Besprechung (200) zurück; es gibt also nur eine.</translation>
    </message>
    <message>
        <source>Microsoft Graph created the test meeting (201) when asked again with the same externalId: the permission OnlineMeetings.ReadWrite works.</source>
        <translation>Microsoft Graph hat die Testbesprechung bei der erneuten Anfrage mit derselben externalId erstellt (201): Die Berechtigung OnlineMeetings.ReadWrite funktioniert.</translation>
    </message>
    <message>
        <source>Microsoft Graph created the test meeting (201): the permission OnlineMeetings.ReadWrite works.</source>
        <translation>Microsoft Graph hat die Testbesprechung erstellt (201): Die Berechtigung OnlineMeetings.ReadWrite funktioniert.</translation>
    </message>
    <message>
        <source>Create a test meeting</source>
        <translation>Testbesprechung erstellen</translation>
    </message>
    <message>
        <source>not available in that cloud</source>
        <translation>in dieser Cloud nicht verfügbar</translation>
    </message>
    <message>
        <source>Microsoft Graph created the test meeting.</source>
        <translation>Microsoft Graph hat die Testbesprechung erstellt.</translation>
    </message>
</context>
<context>
    <name>flexo::MeetingDeleteCheck</name>
    <message>
        <source>Delete the test meeting</source>
        <translation>Testbesprechung löschen</translation>
    </message>
    <message>
        <source>skipped because no test meeting was created</source>
        <translation>übersprungen, weil keine Testbesprechung erstellt wurde</translation>
    </message>
    <message>
        <source>a meeting not found again (externalId %1)</source>
        <translation>eine nicht wiedergefundene Besprechung (externalId %1)</translation>
    </message>
    <message>
        <source>The test meeting was deleted (204) and is gone (404): nothing was left behind.</source>
        <translation>Die Testbesprechung wurde gelöscht (204) und ist nicht mehr vorhanden (404): Es ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <source>The test meeting was deleted (204) and is gone (404). Still there from an earlier run: %1.</source>
        <translation>Die Testbesprechung wurde gelöscht (204) und ist nicht mehr vorhanden (404). Aus einem früheren Lauf noch vorhanden: %1.</translation>
    </message>
    <message>
        <source>The test meeting could not be confirmed gone.</source>
        <translation>Es konnte nicht bestätigt werden, dass die Testbesprechung entfernt ist.</translation>
    </message>
    <message>
        <source>The test meeting %1 (join link %2) may still be in the signed-in account: delete the &quot;%3&quot; meeting in Teams or Outlook. The next run also tries again.</source>
        <translation>Die Testbesprechung %1 (Teilnahmelink %2) befindet sich möglicherweise noch im angemeldeten Konto: Löschen Sie die Besprechung „%3“ in Teams oder Outlook. Der nächste Lauf versucht es ebenfalls erneut.</translation>
    </message>
</context>
<context>
    <name>flexo::MeetingProbe</name>
    <message>
        <source>FlexO connection test - safe to delete</source>
        <translation>FlexO-Verbindungstest – kann gelöscht werden</translation>
    </message>
    <message>
        <source>The signed-in account is not known well enough to create a probe meeting.</source>
        <translation>Das angemeldete Konto ist nicht genau genug bekannt, um eine Testbesprechung zu erstellen.</translation>
    </message>
    <message>
        <source>Its tenant and object ID come from the test sign-in; without them a probe meeting could not be told apart from other accounts&apos; if it had to be removed later.</source>
        <translation>Mandant und Objekt-ID des Kontos stammen aus der Testanmeldung; ohne sie ließe sich eine Testbesprechung nicht von denen anderer Konten unterscheiden, falls sie später entfernt werden muss.</translation>
    </message>
    <message>
        <source>Run the test sign-in again.</source>
        <translation>Führen Sie die Testanmeldung erneut aus.</translation>
    </message>
    <message>
        <source>The probe meeting journal&apos;s folder cannot be written: no probe meeting is created.</source>
        <translation>Der Ordner des Journals der Testbesprechungen ist nicht beschreibbar: Es wird keine Testbesprechung erstellt.</translation>
    </message>
    <message>
        <source>The run&apos;s lock file %1 cannot be created.</source>
        <translation>Die Sperrdatei %1 des Laufs kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Check the free space and permissions of that folder.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen dieses Ordners.</translation>
    </message>
    <message>
        <source>The probe meeting still exists after Microsoft Graph confirmed its deletion.</source>
        <translation>Die Testbesprechung existiert noch, obwohl Microsoft Graph ihre Löschung bestätigt hat.</translation>
    </message>
    <message>
        <source>Graph&apos;s replicas may lag behind for a short time.</source>
        <translation>Die Replikate von Graph können kurzzeitig hinterherhinken.</translation>
    </message>
    <message>
        <source>Run the check again in a minute; remove the meeting by its join link if it stays.</source>
        <translation>Führen Sie die Prüfung in einer Minute erneut aus; entfernen Sie die Besprechung über ihren Teilnahmelink, falls sie bestehen bleibt.</translation>
    </message>
</context>
<context>
    <name>flexo::NagiosReport</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the run was stopped before every check finished</source>
        <translation>der Lauf wurde angehalten, bevor alle Prüfungen fertig waren</translation>
    </message>
    <message>
        <source>not everything could be checked: %1 %2</source>
        <translation>nicht alles konnte geprüft werden: %1 %2</translation>
    </message>
    <message>
        <source>not everything could be checked</source>
        <translation>nicht alles konnte geprüft werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>every check passed, a probe meeting was created</source>
        <translation>alle Prüfungen bestanden, eine Testbesprechung wurde erstellt</translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation>alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>no connector config was checked</source>
        <translation>keine Connector-Konfiguration wurde geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n connector config(s) checked, every check passed</source>
        <translation>
            <numerusform>%n Connector-Konfiguration geprüft, alle Prüfungen bestanden</numerusform>
            <numerusform>%n Connector-Konfigurationen geprüft, alle Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 connector configs in this state)</source>
        <translation>%1: %2 (%3 von %4 Connector-Konfigurationen in diesem Zustand)</translation>
    </message>
    <message>
        <source>not verified: %1 (%2)</source>
        <translation>nicht verifiziert: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>flexo::RedirectUriPrecheck</name>
    <message>
        <source>Whether %1 is registered could not be checked in advance.</source>
        <translation>Ob %1 registriert ist, konnte nicht vorab geprüft werden.</translation>
    </message>
    <message>
        <source>Nothing is known to be wrong with it: a real sign-in through this address shows whether it works.</source>
        <translation>Es ist kein Problem damit bekannt: Eine echte Anmeldung über diese Adresse zeigt, ob sie funktioniert.</translation>
    </message>
    <message>
        <source>The sign-in service redirected the request elsewhere (HTTP %1).</source>
        <translation>Der Anmeldedienst hat die Anfrage an eine andere Stelle umgeleitet (HTTP %1).</translation>
    </message>
    <message>
        <source>This tool&apos;s test sign-in uses this address; Microsoft would stop it on its error page.</source>
        <translation>Die Testanmeldung dieses Tools verwendet diese Adresse; Microsoft würde sie auf seiner Fehlerseite anhalten.</translation>
    </message>
    <message>
        <source>FlexO&apos;s connector sends each user&apos;s sign-in to this address: without it, the first person to connect Teams in FlexO gets Microsoft&apos;s error page.</source>
        <translation>Der Connector von FlexO leitet die Anmeldung jedes Benutzers an diese Adresse: Ohne sie erhält die erste Person, die in FlexO Teams verbindet, die Fehlerseite von Microsoft.</translation>
    </message>
    <message>
        <source>%1 is not registered as a redirect URI of the app (AADSTS50011).</source>
        <translation>%1 ist nicht als Umleitungs-URI der App registriert (AADSTS50011).</translation>
    </message>
    <message>
        <source>The app has no redirect URI at all, so %1 is not registered (AADSTS500113).</source>
        <translation>Die App hat überhaupt keinen Umleitungs-URI, daher ist %1 nicht registriert (AADSTS500113).</translation>
    </message>
    <message>
        <source>The app %1 was not found in tenant %2 (AADSTS700016).</source>
        <translation>Die App %1 wurde im Mandanten %2 nicht gefunden (AADSTS700016).</translation>
    </message>
    <message>
        <source>The page gave no reason.</source>
        <translation>Die Seite hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>The page said: “%1”</source>
        <translation>Die Seite meldete: „%1“</translation>
    </message>
    <message>
        <source>Check the app registration and the cloud chosen in FlexO; the page&apos;s own words above say what the sign-in service objected to.</source>
        <translation>Prüfen Sie die App-Registrierung und die in FlexO gewählte Cloud; der oben zitierte Wortlaut der Seite sagt, was der Anmeldedienst beanstandet hat.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request for %1 (HTTP %2, %3).</source>
        <translation>Der Anmeldedienst hat die Anfrage für %1 abgelehnt (HTTP %2, %3).</translation>
    </message>
    <message>
        <source>The sign-in service refused the request for %1 (HTTP %2).</source>
        <translation>Der Anmeldedienst hat die Anfrage für %1 abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>The sign-in service answered (HTTP %1) with a page that is neither its sign-in page nor an error naming an AADSTS code.</source>
        <translation>Der Anmeldedienst hat (HTTP %1) mit einer Seite geantwortet, die weder seine Anmeldeseite noch ein Fehler mit AADSTS-Code ist.</translation>
    </message>
</context>
<context>
    <name>flexo::RedirectUrisCheck</name>
    <message>
        <source>Redirect URIs</source>
        <translation>Umleitungs-URIs</translation>
    </message>
    <message>
        <source>There is no redirect URI to check.</source>
        <translation>Es gibt keinen Umleitungs-URI zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>Entra refuses %n of the redirect URIs: %1.</source>
        <translation>
            <numerusform>Entra lehnt %n der Umleitungs-URIs ab: %1.</numerusform>
            <numerusform>Entra lehnt %n der Umleitungs-URIs ab: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redirect URI(s) could not be pre-checked: %1.</source>
        <translation>
            <numerusform>%n Umleitungs-URI konnte nicht vorab geprüft werden: %1.</numerusform>
            <numerusform>%n Umleitungs-URIs konnten nicht vorab geprüft werden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in service answered with a page that is neither its sign-in page nor an error naming an AADSTS code, or did not answer.</source>
        <translation>Der Anmeldedienst antwortete mit einer Seite, die weder seine Anmeldeseite noch ein Fehler mit AADSTS-Code ist, oder antwortete nicht.</translation>
    </message>
    <message>
        <source>Nothing is known to be wrong. The interactive test sign-in proves the test sign-in&apos;s URI; check FlexO&apos;s redirect URIs on the app registration&apos;s Web platform by eye.</source>
        <translation>Es ist kein Fehler bekannt. Die interaktive Testanmeldung beweist den URI der Testanmeldung; prüfen Sie die Umleitungs-URIs von FlexO auf der Web-Plattform der App-Registrierung von Hand.</translation>
    </message>
    <message numerus="yes">
        <source>Entra accepts all %n redirect URI(s) for this app.</source>
        <translation>
            <numerusform>Entra akzeptiert den Umleitungs-URI dieser App.</numerusform>
            <numerusform>Entra akzeptiert alle %n Umleitungs-URIs dieser App.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flexo::RefreshCheck</name>
    <message>
        <source>Token refresh</source>
        <translation>Tokenaktualisierung</translation>
    </message>
    <message>
        <source>skipped because no sign-in took place</source>
        <translation>übersprungen, weil keine Anmeldung stattgefunden hat</translation>
    </message>
    <message>
        <source>The sign-in of %1 is kept in the keychain to check the connector without a person.</source>
        <translation>Die Anmeldung von %1 ist im Schlüsselbund gespeichert, um den Connector ohne Zutun einer Person zu prüfen.</translation>
    </message>
    <message>
        <source>Microsoft issued a new refresh token, but the keychain did not take it: %1 The kept one has likely stopped working with this redemption.</source>
        <translation>Microsoft hat ein neues Aktualisierungstoken ausgestellt, aber der Schlüsselbund hat es nicht übernommen: %1 Das gespeicherte Token funktioniert nach dieser Einlösung wahrscheinlich nicht mehr.</translation>
    </message>
    <message>
        <source>Make the keychain available, then run the test sign-in again with --keep-sign-in.</source>
        <translation>Machen Sie den Schlüsselbund verfügbar und führen Sie dann die Testanmeldung mit --keep-sign-in erneut aus.</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in the keychain: %1</source>
        <translation>Die Anmeldung konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>flexo::Report</name>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Secret expiry</source>
        <translation>Ablauf des Schlüssels</translation>
    </message>
    <message>
        <source> — first failing check: </source>
        <translation> — erste fehlgeschlagene Prüfung: </translation>
    </message>
    <message>
        <source> (interrupted)</source>
        <translation> (unterbrochen)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>FlexO Teams connector report</source>
        <translation>FlexO-Teams-Connector-Bericht</translation>
    </message>
    <message>
        <source>Generated </source>
        <translation>Erstellt </translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Schlechtester Status</translation>
    </message>
    <message>
        <source>First failing check</source>
        <translation>Erste fehlgeschlagene Prüfung</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (expired %2 days ago)</source>
        <translation>%1 (vor %2 Tagen abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (expired yesterday)</source>
        <translation>%1 (gestern abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (expires today)</source>
        <translation>%1 (läuft heute ab)</translation>
    </message>
    <message>
        <source>%1 (expires tomorrow)</source>
        <translation>%1 (läuft morgen ab)</translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation>%1 (in %2 Tagen)</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1… (not available)</source>
        <translation>%1… (nicht verfügbar)</translation>
    </message>
    <message>
        <source>%1… (%2 characters)</source>
        <translation>%1… (%2 Zeichen)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation>Trace-ID %1</translation>
    </message>
    <message>
        <source>correlation id %1</source>
        <translation>Korrelations-ID %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anforderungs-ID %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>config unreadable</source>
        <translation>Konfiguration unlesbar</translation>
    </message>
    <message>
        <source>config %1</source>
        <translation>Konfiguration %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cloud:     </source>
        <translation>Cloud:     </translation>
    </message>
    <message>
        <source>Tenant:    </source>
        <translation>Mandant:   </translation>
    </message>
    <message>
        <source>Client ID: </source>
        <translation>Client-ID: </translation>
    </message>
    <message>
        <source>Secret:    </source>
        <translation>Schlüssel: </translation>
    </message>
    <message>
        <source>, expires </source>
        <translation>, läuft ab </translation>
    </message>
    <message>
        <source>Result:    </source>
        <translation>Ergebnis:  </translation>
    </message>
    <message>
        <source> (first failing check: </source>
        <translation> (erste fehlgeschlagene Prüfung: </translation>
    </message>
    <message>
        <source>Why: </source>
        <translation>Warum: </translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Lösung: </translation>
    </message>
    <message>
        <source>Next step: </source>
        <translation>Nächster Schritt: </translation>
    </message>
    <message>
        <source>Seen: </source>
        <translation>Beobachtet: </translation>
    </message>
    <message>
        <source>Help: </source>
        <translation>Hilfe: </translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Seen:</source>
        <translation>Beobachtet:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Hilfe:</translation>
    </message>
    <message>
        <source>Recorded facts (for support)</source>
        <translation>Erfasste Fakten (für den Support)</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was festgestellt wurde</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Geheimer Clientschlüssel:</translation>
    </message>
    <message>
        <source>Not verified:</source>
        <translation>Nicht verifiziert:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no check has run</source>
        <translation>keine Prüfung ausgeführt</translation>
    </message>
    <message>
        <source>%1 did not run (%2)</source>
        <translation>%1 nicht ausgeführt (%2)</translation>
    </message>
    <message>
        <source>, nor the check that depends on it</source>
        <translation>, ebenso wenig die davon abhängige Prüfung</translation>
    </message>
    <message>
        <source>, nor the %1 checks that depend on it</source>
        <translation>, ebenso wenig die %1 davon abhängigen Prüfungen</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>no probe meeting was created</source>
        <translation>keine Testbesprechung erstellt</translation>
    </message>
    <message>
        <source>FlexO can create Teams meetings: yes.</source>
        <translation>FlexO kann Teams-Besprechungen erstellen: ja.</translation>
    </message>
    <message>
        <source>FlexO can create Teams meetings: no, because the config cannot be read: %1.</source>
        <translation>FlexO kann Teams-Besprechungen erstellen: nein, weil die Konfiguration nicht gelesen werden kann: %1.</translation>
    </message>
    <message>
        <source>FlexO can create Teams meetings: no, because %1.</source>
        <translation>FlexO kann Teams-Besprechungen erstellen: nein; Grund: %1.</translation>
    </message>
    <message>
        <source>FlexO can create Teams meetings: not verified, because %1.</source>
        <translation>FlexO kann Teams-Besprechungen erstellen: nicht verifiziert; Grund: %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>FlexO can create Teams meetings with %1 of %2 connectors (no: %3, not verified: %4).</source>
        <translation>FlexO kann Teams-Besprechungen mit %1 von %2 Connectors erstellen (nein: %3, nicht verifiziert: %4).</translation>
    </message>
    <message>
        <source>run “flexo-teams-setup rotate %1” or use “Replace the client secret” in the diagnose window, then give FlexO the new secret.</source>
        <translation>führen Sie „flexo-teams-setup rotate %1“ aus oder verwenden Sie „Geheimen Clientschlüssel ersetzen“ im Diagnosefenster, und geben Sie dann den neuen Schlüssel in FlexO ein.</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>The client secret expired on %1 (%2): FlexO cannot connect to Teams until it is replaced. To replace it, %3</source>
        <translation>Der geheime Clientschlüssel ist am %1 abgelaufen (%2): FlexO kann keine Verbindung zu Teams herstellen, bis er ersetzt ist. Um ihn zu ersetzen, %3</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>The client secret expires on %1 (%2). Replace it before then: %3</source>
        <translation>Der geheime Clientschlüssel läuft am %1 ab (%2). Ersetzen Sie ihn vorher; dazu %3</translation>
    </message>
</context>
<context>
    <name>flexo::SecretExpiryCheck</name>
    <message>
        <source>Client secret expiry</source>
        <translation>Ablauf des geheimen Clientschlüssels</translation>
    </message>
    <message>
        <source>Microsoft refuses an expired client secret (AADSTS7000222).</source>
        <translation>Microsoft lehnt einen abgelaufenen geheimen Clientschlüssel ab (AADSTS7000222).</translation>
    </message>
    <message>
        <source>Create a new client secret in the portal (at most 24 months), then update FlexO and this configuration with its Value and expiry date.</source>
        <translation>Erstellen Sie im Portal einen neuen geheimen Clientschlüssel (höchstens 24 Monate gültig) und aktualisieren Sie dann FlexO und diese Konfiguration mit dessen Wert und Ablaufdatum.</translation>
    </message>
    <message>
        <source>The client secret&apos;s expiry is not tracked: no expiry date was entered.</source>
        <translation>Der Ablauf des geheimen Clientschlüssels wird nicht überwacht: Es wurde kein Ablaufdatum eingegeben.</translation>
    </message>
    <message>
        <source>Nobody is warned before the secret expires; meetings then stop being created without notice.</source>
        <translation>Niemand wird gewarnt, bevor der geheime Schlüssel abläuft; danach werden ohne Vorwarnung keine Besprechungen mehr erstellt.</translation>
    </message>
    <message>
        <source>Enter the date shown in the Expires column under Certificates &amp; secrets: in the setup wizard, or as secret.expires in the configuration.</source>
        <translation>Geben Sie das Datum aus der Spalte „Läuft ab“ unter „Zertifikate &amp; Geheimnisse“ ein: im Einrichtungsassistenten oder als secret.expires in der Konfiguration.</translation>
    </message>
    <message>
        <source>The client secret is valid until %1 (%2 days left).</source>
        <translation>Der geheime Clientschlüssel ist bis %1 gültig (noch %2 Tage).</translation>
    </message>
</context>
<context>
    <name>flexo::SecretKeeper</name>
    <message>
        <source>Save the secret again from the wizard or with `import`, or give it with --secret-stdin or FLEXO_CLIENT_SECRET.</source>
        <translation>Speichern Sie den Schlüssel erneut aus dem Assistenten oder mit `import`, oder übergeben Sie ihn mit --secret-stdin oder FLEXO_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>Save the secret again from the wizard or with `import`, or give it with --secret-stdin or FLEXO_CLIENT_SECRET. A secret saved by an earlier version is taken over by itself only in Microsoft&apos;s own clouds, never for a custom cloud.</source>
        <translation>Speichern Sie den Schlüssel erneut aus dem Assistenten oder mit `import`, oder übergeben Sie ihn mit --secret-stdin oder FLEXO_CLIENT_SECRET. Ein von einer früheren Version gespeicherter Schlüssel wird nur in den eigenen Clouds von Microsoft automatisch übernommen, nie für eine benutzerdefinierte Cloud.</translation>
    </message>
    <message>
        <source>The keychain holds no client secret for this app registration (entry “%1”).</source>
        <translation>Der Schlüsselbund enthält keinen geheimen Clientschlüssel für diese App-Registrierung (Eintrag „%1“).</translation>
    </message>
    <message>
        <source>A secret is kept under its cloud&apos;s sign-in address, tenant ID and client ID; none was saved for these on this computer, or the keyring is locked (a locked keyring looks empty).</source>
        <translation>Ein Schlüssel wird unter der Anmeldeadresse seiner Cloud, der Mandanten-ID und der Client-ID aufbewahrt; für diese wurde auf diesem Computer keiner gespeichert, oder der Schlüsselbund ist gesperrt (ein gesperrter Schlüsselbund wirkt leer).</translation>
    </message>
</context>
<context>
    <name>flexo::SecretRotation</name>
    <message>
        <source>This cannot be the new client secret.</source>
        <translation>Das kann nicht der neue geheime Clientschlüssel sein.</translation>
    </message>
    <message>
        <source>The new secret&apos;s expiry date is missing.</source>
        <translation>Das Ablaufdatum des neuen Schlüssels fehlt.</translation>
    </message>
    <message>
        <source>Enter the date the portal shows in the “Expires” column of the new secret.</source>
        <translation>Geben Sie das Datum ein, das das Portal in der Spalte „Läuft ab“ des neuen Schlüssels anzeigt.</translation>
    </message>
    <message>
        <source>The new secret&apos;s expiry date cannot be right.</source>
        <translation>Das Ablaufdatum des neuen Schlüssels kann nicht stimmen.</translation>
    </message>
    <message>
        <source>This file holds the secret itself: it is an export for the FlexO server.</source>
        <translation>Diese Datei enthält den Schlüssel selbst: Sie ist ein Export für den FlexO-Server.</translation>
    </message>
    <message>
        <source>Replace the secret in the config this computer saved (its secret is in the keychain), then export it again.</source>
        <translation>Ersetzen Sie den Schlüssel in der Konfiguration, die dieser Computer gespeichert hat (ihr Schlüssel liegt im Schlüsselbund), und exportieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Once FlexO works with the new secret, delete the old secret in Certificates &amp; secrets.</source>
        <translation>Sobald FlexO mit dem neuen Schlüssel funktioniert, löschen Sie den alten Schlüssel unter „Zertifikate &amp; Geheimnisse“.</translation>
    </message>
    <message>
        <source>Once FlexO works with the new secret, delete the old secret in Certificates &amp; secrets: the row whose value starts with “%1”. Keep the new one.</source>
        <translation>Sobald FlexO mit dem neuen Schlüssel funktioniert, löschen Sie den alten Schlüssel unter „Zertifikate &amp; Geheimnisse“: die Zeile, deren Wert mit „%1“ beginnt. Behalten Sie den neuen.</translation>
    </message>
    <message>
        <source>The config has not been saved yet.</source>
        <translation>Die Konfiguration wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save the config first, then replace its secret.</source>
        <translation>Speichern Sie zuerst die Konfiguration und ersetzen Sie dann ihren Schlüssel.</translation>
    </message>
    <message>
        <source>This is the secret already in use, not a new one.</source>
        <translation>Das ist der bereits verwendete Schlüssel, kein neuer.</translation>
    </message>
    <message>
        <source>Create a new client secret in Certificates &amp; secrets and paste its Value.</source>
        <translation>Erstellen Sie unter „Zertifikate &amp; Geheimnisse“ einen neuen geheimen Clientschlüssel und fügen Sie dessen Wert ein.</translation>
    </message>
    <message>
        <source>The new secret does not work yet: %1</source>
        <translation>Der neue Schlüssel funktioniert noch nicht: %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that you copied the Value of the new secret.</source>
        <translation>Es wurde nichts geändert. Prüfen Sie, ob Sie den Wert des neuen Schlüssels kopiert haben.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The new secret was not stored; the keychain and the config are unchanged.</source>
        <translation>Der neue Schlüssel wurde nicht gespeichert; Schlüsselbund und Konfiguration sind unverändert.</translation>
    </message>
    <message>
        <source>The old secret could not be put back into the keychain either: %1</source>
        <translation>Auch der alte Schlüssel konnte nicht wieder in den Schlüsselbund gelegt werden: %1</translation>
    </message>
    <message>
        <source>The old secret is still in the keychain; nothing else was changed.</source>
        <translation>Der alte Schlüssel liegt weiterhin im Schlüsselbund; sonst wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>flexo::SecretStore</name>
    <message>
        <source>The keychain is unavailable: this session has no D-Bus session bus, so no keyring service can be reached.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: Diese Sitzung hat keinen D-Bus-Sitzungsbus, daher ist kein Schlüsselbunddienst erreichbar.</translation>
    </message>
    <message>
        <source>This is usual over SSH or on a server without a desktop: nothing has started a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation>Das ist über SSH oder auf einem Server ohne Desktop üblich: Nichts hat einen Secret Service wie GNOME Keyring oder KWallet gestartet.</translation>
    </message>
    <message>
        <source>Sign in to a desktop session, or start one in a terminal: run “%1”, then in that shell run “%2”, type your keyring password (or a new one if you have no keyring yet) and press Enter, then start this tool again from the same shell.</source>
        <translation>Melden Sie sich an einer Desktopsitzung an, oder starten Sie eine in einem Terminal: Führen Sie „%1“ aus, führen Sie dann in dieser Shell „%2“ aus, geben Sie Ihr Schlüsselbundkennwort ein (oder ein neues, falls Sie noch keinen Schlüsselbund haben) und drücken Sie die Eingabetaste; starten Sie dieses Tool anschließend aus derselben Shell erneut.</translation>
    </message>
    <message>
        <source>The keychain is unavailable: no Secret Service (such as GNOME Keyring or KWallet) answers in this session.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: In dieser Sitzung antwortet kein Secret Service (wie GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>A D-Bus session is running, but no keyring program is installed or started for it.</source>
        <translation>Eine D-Bus-Sitzung läuft, aber dafür ist kein Schlüsselbundprogramm installiert oder gestartet.</translation>
    </message>
    <message>
        <source>Install gnome-keyring if it is missing, then sign in to a desktop session, or run “%1” in this session, type your keyring password (or a new one if you have no keyring yet) and press Enter, and try again.</source>
        <translation>Installieren Sie gnome-keyring, falls es fehlt, und melden Sie sich dann an einer Desktopsitzung an, oder führen Sie in dieser Sitzung „%1“ aus, geben Sie Ihr Schlüsselbundkennwort ein (oder ein neues, falls Sie noch keinen Schlüsselbund haben), drücken Sie die Eingabetaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is unavailable: the login keyring is locked.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: Der Anmeldeschlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>A secret can only be saved in an unlocked keyring, and no unlock prompt could be shown here (for example over SSH or without a desktop session).</source>
        <translation>Ein geheimer Schlüssel kann nur in einem entsperrten Schlüsselbund gespeichert werden, und hier konnte keine Entsperrabfrage angezeigt werden (zum Beispiel über SSH oder ohne Desktopsitzung).</translation>
    </message>
    <message>
        <source>Unlock the login keyring (in Passwords and Keys, also called Seahorse) or sign in to the desktop, then try again. Without a desktop: stop the keyring daemon of this session, run “%1”, type the keyring password and press Enter, and try again.</source>
        <translation>Entsperren Sie den Anmeldeschlüsselbund (in „Passwörter und Schlüssel“, auch Seahorse genannt) oder melden Sie sich am Desktop an und versuchen Sie es dann erneut. Ohne Desktop: Beenden Sie den Schlüsselbunddienst dieser Sitzung, führen Sie „%1“ aus, geben Sie das Schlüsselbundkennwort ein, drücken Sie die Eingabetaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is unavailable: there is no login keyring yet, and it cannot be created here.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: Es gibt noch keinen Anmeldeschlüsselbund, und er kann hier nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Creating the keyring needs a password prompt, which cannot be shown in this session (for example over SSH or without a desktop session).</source>
        <translation>Zum Erstellen des Schlüsselbunds ist eine Kennwortabfrage nötig, die in dieser Sitzung nicht angezeigt werden kann (zum Beispiel über SSH oder ohne Desktopsitzung).</translation>
    </message>
    <message>
        <source>Sign in to the desktop once so that the login keyring is created (or create it in Passwords and Keys, also called Seahorse), then try again. Without a desktop: stop the keyring daemon of this session, run “%1”, type a new password for the keyring and press Enter, and try again.</source>
        <translation>Melden Sie sich einmal am Desktop an, damit der Anmeldeschlüsselbund erstellt wird (oder erstellen Sie ihn in „Passwörter und Schlüssel“, auch Seahorse genannt), und versuchen Sie es dann erneut. Ohne Desktop: Beenden Sie den Schlüsselbunddienst dieser Sitzung, führen Sie „%1“ aus, geben Sie ein neues Kennwort für den Schlüsselbund ein, drücken Sie die Eingabetaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain refused access to the secret.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den geheimen Schlüssel verweigert.</translation>
    </message>
    <message>
        <source>Access was declined when the keyring asked for permission.</source>
        <translation>Der Zugriff wurde abgelehnt, als der Schlüsselbund um Erlaubnis gefragt hat.</translation>
    </message>
    <message>
        <source>Try again and allow access when the keyring asks.</source>
        <translation>Versuchen Sie es erneut und erlauben Sie den Zugriff, wenn der Schlüsselbund nachfragt.</translation>
    </message>
    <message>
        <source>The keychain did not answer within 1 second.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von 1 Sekunde geantwortet.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The keyring service may be waiting for an unlock prompt that cannot be shown (for example over SSH), or it is stuck.</source>
        <translation>Der Schlüsselbunddienst wartet möglicherweise auf eine Entsperrabfrage, die nicht angezeigt werden kann (zum Beispiel über SSH), oder er hängt.</translation>
    </message>
    <message>
        <source>Unlock the login keyring (in Passwords and Keys, also called Seahorse) or sign in to the desktop, then try again. If it keeps happening, log out and in again to restart the keyring service.</source>
        <translation>Entsperren Sie den Anmeldeschlüsselbund (in „Passwörter und Schlüssel“, auch Seahorse genannt) oder melden Sie sich am Desktop an und versuchen Sie es dann erneut. Falls es weiterhin auftritt, melden Sie sich ab und wieder an, um den Schlüsselbunddienst neu zu starten.</translation>
    </message>
    <message>
        <source>The keychain holds no secret named “%1” for “%2”.</source>
        <translation>Der Schlüsselbund enthält keinen geheimen Schlüssel namens „%1“ für „%2“.</translation>
    </message>
    <message>
        <source>It was never saved on this computer for this user account, it was removed, or the keyring is locked (a locked keyring looks empty).</source>
        <translation>Er wurde auf diesem Computer für dieses Benutzerkonto nie gespeichert, er wurde entfernt, oder der Schlüsselbund ist gesperrt (ein gesperrter Schlüsselbund wirkt leer).</translation>
    </message>
    <message>
        <source>Enter the client secret again so it can be saved, or check that the configuration names the right keychain entry.</source>
        <translation>Geben Sie den geheimen Clientschlüssel erneut ein, damit er gespeichert werden kann, oder prüfen Sie, ob die Konfiguration den richtigen Schlüsselbundeintrag nennt.</translation>
    </message>
    <message>
        <source>The keychain could not complete the request.</source>
        <translation>Der Schlüsselbund konnte die Anfrage nicht abschließen.</translation>
    </message>
    <message>
        <source>It gave no reason.</source>
        <translation>Er hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>It reported: %1</source>
        <translation>Er hat gemeldet: %1</translation>
    </message>
    <message>
        <source>Check that a keyring service (GNOME Keyring or KWallet) and libsecret are installed and that you are signed in to a desktop session, then try again.</source>
        <translation>Prüfen Sie, ob ein Schlüsselbunddienst (GNOME Keyring oder KWallet) und libsecret installiert sind und ob Sie an einer Desktopsitzung angemeldet sind, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>flexo::SetupController</name>
    <message>
        <source>There is no passed test sign-in to keep.</source>
        <translation>Es gibt keine erfolgreiche Testanmeldung, die gespeichert werden könnte.</translation>
    </message>
    <message>
        <source>Run the test sign-in first.</source>
        <translation>Führen Sie zuerst die Testanmeldung aus.</translation>
    </message>
</context>
<context>
    <name>flexo::SignInCheck</name>
    <message>
        <source>Test sign-in</source>
        <translation>Testanmeldung</translation>
    </message>
    <message>
        <source>No sign-in is waiting for an answer.</source>
        <translation>Keine Anmeldung wartet auf eine Antwort.</translation>
    </message>
</context>
<context>
    <name>flexo::SignInSession</name>
    <message>
        <source>The browser sent an answer that does not belong to this sign-in attempt (wrong or missing state, maybe from an older tab). Still waiting for the right one.</source>
        <translation>Der Browser hat eine Antwort gesendet, die nicht zu diesem Anmeldeversuch gehört (falscher oder fehlender state, vielleicht aus einem älteren Tab). Es wird weiter auf die richtige gewartet.</translation>
    </message>
    <message>
        <source>The sign-in redirect URI cannot be used for the test sign-in.</source>
        <translation>Der Umleitungs-URI für die Anmeldung kann für die Testanmeldung nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The test sign-in listens on this computer, so its redirect URI must be http://localhost/… or http://127.0.0.1/….</source>
        <translation>Die Testanmeldung wartet auf diesem Computer auf die Antwort, daher muss ihr Umleitungs-URI http://localhost/… oder http://127.0.0.1/… lauten.</translation>
    </message>
    <message>
        <source>Use http://localhost/flexo-teams-setup and register it on the Web platform of the app (the Azure portal accepts only http://localhost there; http://127.0.0.1 needs the app&apos;s Manifest).</source>
        <translation>Verwenden Sie http://localhost/flexo-teams-setup und registrieren Sie ihn auf der Plattform „Web“ der App (das Azure-Portal akzeptiert dort nur http://localhost; http://127.0.0.1 erfordert das Manifest der App).</translation>
    </message>
    <message>
        <source>The sign-in endpoints of the tenant are not known.</source>
        <translation>Die Anmeldeendpunkte des Mandanten sind nicht bekannt.</translation>
    </message>
    <message>
        <source>The tenant discovery did not run or did not succeed.</source>
        <translation>Die Mandantenermittlung wurde nicht ausgeführt oder war nicht erfolgreich.</translation>
    </message>
    <message>
        <source>Check the tenant and the cloud, then run the checks again.</source>
        <translation>Prüfen Sie den Mandanten und die Cloud und führen Sie die Prüfungen dann erneut aus.</translation>
    </message>
    <message>
        <source>The test sign-in could not listen for Microsoft&apos;s answer.</source>
        <translation>Die Testanmeldung konnte nicht auf die Antwort von Microsoft warten.</translation>
    </message>
    <message>
        <source>No local port could be opened on 127.0.0.1.</source>
        <translation>Auf 127.0.0.1 konnte kein lokaler Port geöffnet werden.</translation>
    </message>
    <message>
        <source>Paste the address the browser ends on instead, or check local firewall rules.</source>
        <translation>Fügen Sie stattdessen die Adresse ein, bei der der Browser endet, oder prüfen Sie die lokalen Firewallregeln.</translation>
    </message>
    <message>
        <source>No test sign-in is waiting for an answer.</source>
        <translation>Keine Testanmeldung wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>Start the test sign-in first.</source>
        <translation>Starten Sie zuerst die Testanmeldung.</translation>
    </message>
    <message>
        <source>This address does not belong to the current sign-in attempt.</source>
        <translation>Diese Adresse gehört nicht zum aktuellen Anmeldeversuch.</translation>
    </message>
    <message>
        <source>Its state value differs: it comes from an older attempt or from another program.</source>
        <translation>Ihr state-Wert weicht ab: Sie stammt aus einem älteren Versuch oder von einem anderen Programm.</translation>
    </message>
    <message>
        <source>Copy the address from the browser tab opened by this attempt, or start the test sign-in again.</source>
        <translation>Kopieren Sie die Adresse aus dem Browser-Tab, den dieser Versuch geöffnet hat, oder starten Sie die Testanmeldung erneut.</translation>
    </message>
    <message>
        <source>This text is neither the address the browser ended on nor a Microsoft error.</source>
        <translation>Dieser Text ist weder die Adresse, bei der der Browser endete, noch eine Fehlermeldung von Microsoft.</translation>
    </message>
    <message>
        <source>FlexO needs the full address (starting with http://localhost or http://127.0.0.1) or Microsoft&apos;s error text with its AADSTS number.</source>
        <translation>FlexO benötigt die vollständige Adresse (beginnend mit http://localhost oder http://127.0.0.1) oder den Fehlertext von Microsoft mit seiner AADSTS-Nummer.</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser&apos;s address bar, or the error text, and paste it again.</source>
        <translation>Kopieren Sie die gesamte Adresse aus der Adressleiste des Browsers oder den Fehlertext und fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s answer carried neither a code nor an error.</source>
        <translation>Die Antwort von Microsoft enthielt weder einen Code noch einen Fehler.</translation>
    </message>
    <message>
        <source>Something between Microsoft and this computer changed the address.</source>
        <translation>Etwas zwischen Microsoft und diesem Computer hat die Adresse verändert.</translation>
    </message>
    <message>
        <source>Run the test sign-in again.</source>
        <translation>Führen Sie die Testanmeldung erneut aus.</translation>
    </message>
    <message>
        <source>The refresh token was redeemed: FlexO can keep meetings working without asking the person again.</source>
        <translation>Das Aktualisierungstoken wurde eingelöst: FlexO kann Besprechungen weiterhin erstellen, ohne die Person erneut zu fragen.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s answer did not say which account signed in.</source>
        <translation>Die Antwort von Microsoft hat nicht angegeben, welches Konto sich angemeldet hat.</translation>
    </message>
    <message>
        <source>The ID token is missing or unreadable; the openid scope may have been refused.</source>
        <translation>Das ID-Token fehlt oder ist nicht lesbar; möglicherweise wurde der Bereich openid verweigert.</translation>
    </message>
    <message>
        <source>Run the test sign-in again; if it persists, send the report to support.</source>
        <translation>Führen Sie die Testanmeldung erneut aus; falls der Fehler bestehen bleibt, senden Sie den Bericht an den Support.</translation>
    </message>
    <message>
        <source>You signed in to another tenant (%1) with %2.</source>
        <translation>Sie haben sich mit %2 bei einem anderen Mandanten (%1) angemeldet.</translation>
    </message>
    <message>
        <source>The browser used an account of another organisation than the configured tenant %1.</source>
        <translation>Der Browser hat ein Konto einer anderen Organisation als des konfigurierten Mandanten %1 verwendet.</translation>
    </message>
    <message>
        <source>Use a private browser window, or sign out of that account first, then sign in with an account of the configured tenant.</source>
        <translation>Verwenden Sie ein privates Browserfenster oder melden Sie sich zuerst von diesem Konto ab, und melden Sie sich dann mit einem Konto des konfigurierten Mandanten an.</translation>
    </message>
    <message>
        <source>The sign-in worked, but Microsoft did not grant: %1.</source>
        <translation>Die Anmeldung hat funktioniert, aber Microsoft hat Folgendes nicht gewährt: %1.</translation>
    </message>
    <message>
        <source>The permission is not configured on the app registration, or consent was given before it was added.</source>
        <translation>Die Berechtigung ist in der App-Registrierung nicht konfiguriert, oder die Zustimmung wurde erteilt, bevor sie hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>Under API permissions, add the delegated Microsoft Graph permission %1, press &quot;Grant admin consent&quot; (or send the admin-consent link to an administrator who may grant consent, such as a Cloud Application Administrator: %2), then run the test sign-in again.</source>
        <translation>Fügen Sie unter „API-Berechtigungen“ die delegierte Microsoft Graph-Berechtigung %1 hinzu, klicken Sie auf „Administratorzustimmung erteilen“ (oder senden Sie den Link zur Administratorzustimmung an einen Administrator, der zustimmen darf, etwa einen Cloudanwendungsadministrator: %2) und führen Sie die Testanmeldung dann erneut aus.</translation>
    </message>
    <message>
        <source>%1 signed in to the configured tenant and granted the meeting permission.</source>
        <translation>%1 hat sich beim konfigurierten Mandanten angemeldet und die Besprechungsberechtigung erteilt.</translation>
    </message>
    <message>
        <source>No refresh token was issued.</source>
        <translation>Es wurde kein Aktualisierungstoken ausgestellt.</translation>
    </message>
    <message>
        <source>The offline_access permission was not granted.</source>
        <translation>Die Berechtigung offline_access wurde nicht erteilt.</translation>
    </message>
    <message>
        <source>Grant offline_access and run the test sign-in again.</source>
        <translation>Erteilen Sie offline_access und führen Sie die Testanmeldung erneut aus.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s token endpoint gave an answer FlexO cannot read.</source>
        <translation>Der Token-Endpunkt von Microsoft hat eine Antwort geliefert, die FlexO nicht lesen kann.</translation>
    </message>
    <message>
        <source>A proxy or another device may have answered instead of Microsoft.</source>
        <translation>Möglicherweise hat ein Proxy oder ein anderes Gerät anstelle von Microsoft geantwortet.</translation>
    </message>
    <message>
        <source>Check the proxy settings of this machine and try again.</source>
        <translation>Prüfen Sie die Proxyeinstellungen dieses Computers und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s).</source>
        <translation>
            <numerusform>Vom Browser kam innerhalb von %n Minute keine Antwort zurück.</numerusform>
            <numerusform>Vom Browser kam innerhalb von %n Minuten keine Antwort zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer came back from the browser in time.</source>
        <translation>Vom Browser kam nicht rechtzeitig eine Antwort zurück.</translation>
    </message>
    <message>
        <source>Usually the redirect URI is not registered on the Web platform of the app, so Microsoft shows its own error page instead of sending the answer back; or the browser window was closed.</source>
        <translation>Meist ist der Umleitungs-URI nicht auf der Plattform „Web“ der App registriert, sodass Microsoft seine eigene Fehlerseite anzeigt, statt die Antwort zurückzusenden; oder das Browserfenster wurde geschlossen.</translation>
    </message>
    <message>
        <source>Register this redirect URI on the Web platform of the app registration: %1. If Microsoft showed an error page, copy the address from the browser (or the error text with its AADSTS number) and paste it into FlexO.</source>
        <translation>Registrieren Sie diesen Umleitungs-URI auf der Plattform „Web“ der App-Registrierung: %1. Falls Microsoft eine Fehlerseite angezeigt hat, kopieren Sie die Adresse aus dem Browser (oder den Fehlertext mit seiner AADSTS-Nummer) und fügen Sie sie in FlexO ein.</translation>
    </message>
    <message>
        <source>Run the test sign-in again. If it fails the same way, something between this computer and the sign-in service changes the answers: check the cloud and the proxy.</source>
        <translation>Führen Sie die Testanmeldung erneut aus. Schlägt sie auf dieselbe Weise fehl, verändert etwas zwischen diesem Computer und dem Anmeldedienst die Antworten: Prüfen Sie die Cloud und den Proxy.</translation>
    </message>
    <message>
        <source>The sign-in answer was refused: it does not belong to this sign-in attempt.</source>
        <translation>Die Anmeldeantwort wurde abgelehnt: Sie gehört nicht zu diesem Anmeldeversuch.</translation>
    </message>
    <message>
        <source>The ID token does not carry the one-time value (nonce) this attempt sent, so it was issued for another request and may have been replayed.</source>
        <translation>Das ID-Token enthält nicht den Einmalwert (nonce), den dieser Versuch gesendet hat; es wurde also für eine andere Anfrage ausgestellt und wurde möglicherweise wiedereingespielt.</translation>
    </message>
    <message>
        <source>The sign-in answer was refused: it was issued by %1, not by the sign-in service of this tenant.</source>
        <translation>Die Anmeldeantwort wurde abgelehnt: Sie wurde von %1 ausgestellt, nicht vom Anmeldedienst dieses Mandanten.</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>einem nicht genannten Aussteller</translation>
    </message>
    <message>
        <source>The ID token names another issuer than the discovery document (%1).</source>
        <translation>Das ID-Token nennt einen anderen Aussteller als das Ermittlungsdokument (%1).</translation>
    </message>
    <message>
        <source>The sign-in answer was refused: it was issued for another application, not for the client ID %1.</source>
        <translation>Die Anmeldeantwort wurde abgelehnt: Sie wurde für eine andere Anwendung ausgestellt, nicht für die Client-ID %1.</translation>
    </message>
    <message>
        <source>The ID token&apos;s audience (aud) is %1.</source>
        <translation>Die Zielgruppe (aud) des ID-Tokens lautet: %1.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>The sign-in answer was refused: its ID token has expired.</source>
        <translation>Die Anmeldeantwort wurde abgelehnt: Ihr ID-Token ist abgelaufen.</translation>
    </message>
    <message>
        <source>The ID token carries no expiry time.</source>
        <translation>Das ID-Token enthält keine Ablaufzeit.</translation>
    </message>
    <message>
        <source>It expired at %1 (UTC); this computer&apos;s clock says %2 (UTC).</source>
        <translation>Es ist um %1 (UTC) abgelaufen; die Uhr dieses Computers zeigt %2 (UTC).</translation>
    </message>
    <message>
        <source>Check the date and time of this computer, then run the test sign-in again.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers und führen Sie die Testanmeldung dann erneut aus.</translation>
    </message>
    <message>
        <source>Hello, could you grant admin consent for our FlexO Teams connector app (Application ID %1) in our tenant %2? It needs the delegated Microsoft Graph permission OnlineMeetings.ReadWrite so that FlexO can create Teams meetings for the people who book them (plus User.Read, openid, profile and offline_access to sign them in and keep the connection). Please open this link with a Global Administrator account and press Accept: %3 — afterwards the browser may show a page that cannot be reached; that is expected. Thank you!</source>
        <translation>Hallo, könnten Sie bitte für unsere FlexO Teams-Connector-App (Anwendungs-ID %1) in unserem Mandanten %2 die Administratorzustimmung erteilen? Sie benötigt die delegierte Microsoft Graph-Berechtigung OnlineMeetings.ReadWrite, damit FlexO Teams-Besprechungen für die Personen erstellen kann, die sie buchen (dazu User.Read, openid, profile und offline_access, um sie anzumelden und die Verbindung aufrechtzuerhalten). Bitte öffnen Sie diesen Link mit einem Konto eines globalen Administrators und klicken Sie auf „Akzeptieren“: %3 – danach zeigt der Browser möglicherweise eine Seite an, die nicht erreichbar ist; das ist zu erwarten. Vielen Dank!</translation>
    </message>
    <message>
        <source>The test sign-in was cancelled.</source>
        <translation>Die Testanmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Start it again when ready.</source>
        <translation>Starten Sie sie erneut, sobald Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>flexo::TenantDiscovery</name>
    <message>
        <source>The discovery document of tenant &apos;%1&apos; names its %2 at %3, not at the sign-in service %4 of the %5 cloud.</source>
        <translation>Das Ermittlungsdokument des Mandanten &apos;%1&apos; nennt für %2 die Adresse %3, nicht den Anmeldedienst %4 der Cloud %5.</translation>
    </message>
    <message>
        <source>an unreadable address</source>
        <translation>eine unlesbare Adresse</translation>
    </message>
    <message>
        <source>Sign-in endpoints must use https on the cloud&apos;s own sign-in host (plain http only for a custom cloud on this computer). A server that is not Microsoft&apos;s sign-in service answered, or the document was changed on its way: following it would send the client secret there.</source>
        <translation>Anmeldeendpunkte müssen https auf dem eigenen Anmeldehost der Cloud verwenden (einfaches http nur für eine benutzerdefinierte Cloud auf diesem Computer). Ein Server, der nicht der Anmeldedienst von Microsoft ist, hat geantwortet, oder das Dokument wurde unterwegs verändert: Ihm zu folgen würde den geheimen Clientschlüssel dorthin senden.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1. Check the cloud (for a custom cloud, its sign-in base address) and the proxy settings.</source>
        <translation>An %1 wurde nichts gesendet. Prüfen Sie die Cloud (bei einer benutzerdefinierten Cloud deren Anmelde-Basisadresse) und die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>Tenant &apos;%1&apos; was not found in the %2 cloud (AADSTS90002).</source>
        <translation>Der Mandant &apos;%1&apos; wurde in der Cloud %2 nicht gefunden (AADSTS90002).</translation>
    </message>
    <message>
        <source>The tenant ID or domain is misspelled, the domain is not verified in any tenant, or the tenant belongs to a cloud whose sign-in service does not know it (China, operated by 21Vianet, is separate).</source>
        <translation>Die Mandanten-ID oder Domäne ist falsch geschrieben, die Domäne ist in keinem Mandanten verifiziert, oder der Mandant gehört zu einer Cloud, deren Anmeldedienst ihn nicht kennt (China, betrieben von 21Vianet, ist getrennt).</translation>
    </message>
    <message>
        <source>Check the spelling of the tenant ID or domain.</source>
        <translation>Prüfen Sie die Schreibweise der Mandanten-ID oder Domäne.</translation>
    </message>
    <message>
        <source>Check the spelling of the tenant ID or domain. If you are not sure of the cloud, choose Global: its sign-in service also describes US Government tenants, and FlexO then names their cloud.</source>
        <translation>Prüfen Sie die Schreibweise der Mandanten-ID oder Domäne. Wenn Sie bei der Cloud unsicher sind, wählen Sie „Global“: Ihr Anmeldedienst beschreibt auch Mandanten der US Government-Cloud, und FlexO nennt dann deren Cloud.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tenant ID or domain (AADSTS900023).</source>
        <translation>&apos;%1&apos; ist keine gültige Mandanten-ID oder Domäne (AADSTS900023).</translation>
    </message>
    <message>
        <source>It is neither a GUID nor a domain name.</source>
        <translation>Es ist weder eine GUID noch ein Domänenname.</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID shown on the app registration&apos;s overview page, or a domain of the tenant such as contoso.onmicrosoft.com.</source>
        <translation>Geben Sie die Verzeichnis-ID (Mandant) ein, die auf der Seite „Übersicht“ der App-Registrierung angezeigt wird, oder eine Domäne des Mandanten wie contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Microsoft refused to describe tenant &apos;%1&apos; (HTTP %2%3).</source>
        <translation>Microsoft hat die Beschreibung des Mandanten &apos;%1&apos; verweigert (HTTP %2%3).</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error.</source>
        <translation>Der Anmeldedienst hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <source>Check the tenant and the cloud; if they are right, try again later.</source>
        <translation>Prüfen Sie den Mandanten und die Cloud; wenn beide stimmen, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 (US Government GCC uses the global service)</source>
        <translation>%1 (US Government GCC verwendet den globalen Dienst)</translation>
    </message>
    <message>
        <source>This tenant is in %1, the config says %2.</source>
        <translation>Dieser Mandant ist in %1, die Konfiguration nennt %2.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s discovery document for &apos;%1&apos; describes a tenant of %2. An app with a client secret can sign in only at its own cloud&apos;s sign-in service, so every later step would fail (AADSTS900382).</source>
        <translation>Das Ermittlungsdokument von Microsoft für &apos;%1&apos; beschreibt einen Mandanten von %2. Eine App mit geheimem Clientschlüssel kann sich nur beim Anmeldedienst ihrer eigenen Cloud anmelden, daher würde jeder weitere Schritt fehlschlagen (AADSTS900382).</translation>
    </message>
    <message>
        <source>Choose &quot;%1&quot; as the cloud: sign-in at %2, Microsoft Graph at %3. The app registration must exist in that cloud&apos;s portal, %4.</source>
        <translation>Wählen Sie „%1“ als Cloud: Anmeldung bei %2, Microsoft Graph bei %3. Die App-Registrierung muss im Portal dieser Cloud existieren, %4.</translation>
    </message>
    <message>
        <source>correlation id %1</source>
        <translation>Korrelations-ID %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anforderungs-ID %1</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service at %1 is throttling requests for the discovery document of tenant &apos;%2&apos;: %3, %4.</source>
        <translation>Der Anmeldedienst von Microsoft unter %1 drosselt die Anfragen nach dem Ermittlungsdokument des Mandanten &apos;%2&apos;: %3, %4.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service at %1 could not give the discovery document of tenant &apos;%2&apos;: %3, %4.</source>
        <translation>Der Anmeldedienst von Microsoft unter %1 konnte das Ermittlungsdokument des Mandanten &apos;%2&apos; nicht liefern: %3, %4.</translation>
    </message>
    <message>
        <source>A temporary failure of Microsoft&apos;s sign-in service, not a problem of the configuration.</source>
        <translation>Ein vorübergehender Fehler des Anmeldedienstes von Microsoft, kein Problem der Konfiguration.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes.</source>
        <translation>Führen Sie die Prüfung in einigen Minuten erneut aus.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes; if it keeps failing, give support the %1.</source>
        <translation>Führen Sie die Prüfung in einigen Minuten erneut aus; falls sie weiterhin fehlschlägt, nennen Sie dem Support die %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>No tenant is configured.</source>
        <translation>Es ist kein Mandant konfiguriert.</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID or a domain of the tenant.</source>
        <translation>Geben Sie die Verzeichnis-ID (Mandant) oder eine Domäne des Mandanten ein.</translation>
    </message>
    <message>
        <source>The discovery document of tenant &apos;%1&apos; could not be read (HTTP %2).</source>
        <translation>Das Ermittlungsdokument des Mandanten &apos;%1&apos; konnte nicht gelesen werden (HTTP %2).</translation>
    </message>
    <message>
        <source>The sign-in service or a proxy answered with an error instead of the document.</source>
        <translation>Der Anmeldedienst oder ein Proxy hat statt mit dem Dokument mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <source>Check the cloud, the proxy settings, and try again later.</source>
        <translation>Prüfen Sie die Cloud und die Proxyeinstellungen, und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The discovery document of tenant &apos;%1&apos; lacks the sign-in endpoints or the tenant ID.</source>
        <translation>Im Ermittlungsdokument des Mandanten &apos;%1&apos; fehlen die Anmeldeendpunkte oder die Mandanten-ID.</translation>
    </message>
    <message>
        <source>The answer did not come from Microsoft&apos;s sign-in service, or the cloud&apos;s base address is wrong.</source>
        <translation>Die Antwort stammt nicht vom Anmeldedienst von Microsoft, oder die Basisadresse der Cloud ist falsch.</translation>
    </message>
    <message>
        <source>Check the cloud (for a custom cloud, its sign-in base address) and the proxy settings.</source>
        <translation>Prüfen Sie die Cloud (bei einer benutzerdefinierten Cloud deren Anmelde-Basisadresse) und die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>authorization endpoint</source>
        <translation>Autorisierungsendpunkt</translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
</context>
<context>
    <name>flexo::Verification</name>
    <message>
        <source>needs a person at the keyboard to sign in</source>
        <translation>erfordert eine Person an der Tastatur für die Anmeldung</translation>
    </message>
    <message>
        <source>needs a kept sign-in</source>
        <translation>erfordert eine gespeicherte Anmeldung</translation>
    </message>
    <message>
        <source>needs the client secret</source>
        <translation>erfordert den geheimen Clientschlüssel</translation>
    </message>
    <message>
        <source>the run was stopped</source>
        <translation>der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>a check it depends on did not run</source>
        <translation>eine Prüfung, von der sie abhängt, wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>a check it depends on was skipped</source>
        <translation>eine Prüfung, von der sie abhängt, wurde übersprungen</translation>
    </message>
    <message>
        <source>a check it depends on failed</source>
        <translation>eine Prüfung, von der sie abhängt, ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>does not apply here</source>
        <translation>trifft hier nicht zu</translation>
    </message>
</context>
<context>
    <name>flexo::cli</name>
    <message>
        <source>Run &apos;flexo-teams-setup %1 --help&apos; for usage.</source>
        <translation>Hinweise zur Verwendung erhalten Sie mit &apos;flexo-teams-setup %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Client secret (input hidden): </source>
        <translation>Geheimer Clientschlüssel (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>--secret-stdin was given, but the first line of standard input held no secret.</source>
        <translation>--secret-stdin wurde angegeben, aber die erste Zeile der Standardeingabe enthielt keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The client secret cannot be given as an argument: other users of this machine can read command lines in the process list, and the shell keeps them in its history. Pipe it with --secret-stdin, set FLEXO_CLIENT_SECRET, or keep it in the keychain (the wizard or `import` saves it there).</source>
        <translation>Der geheime Clientschlüssel kann nicht als Argument übergeben werden: Andere Benutzer dieses Computers können Befehlszeilen in der Prozessliste lesen, und die Shell speichert sie in ihrem Verlauf. Übergeben Sie ihn per Pipe mit --secret-stdin, setzen Sie FLEXO_CLIENT_SECRET oder bewahren Sie ihn im Schlüsselbund auf (der Assistent oder `import` speichert ihn dort).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: flexo-teams-setup %1</source>
        <translation>Verwendung: flexo-teams-setup %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Run &apos;flexo-teams-setup --help&apos; for usage.</source>
        <translation>Hinweise zur Verwendung erhalten Sie mit &apos;flexo-teams-setup --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: flexo-teams-setup [COMMAND] [OPTIONS]

Sets up and checks the Microsoft Teams connector of a FlexO server.
Without a command, the setup wizard opens.

Commands:
  diagnose [CONFIG...] [--interactive]
           [--format text|json|markdown|html|nagios|prometheus]
           [--output FILE] [--timeout SECONDS] [--secret-stdin] [--redact-users]
           [--jobs N] [--keep-sign-in | --forget-sign-in]
                         run the checks of one or more connector configs
  validate CONFIG...     check the configs&apos; values without using the network
  export CONFIG --output FILE [--include-secret]
                         write the config for the FlexO server
  import FILE [--output CONFIG]
                         read a FlexO config; its secret goes to the keychain
  show CONFIG [--reveal] print the values for FlexO&apos;s Teams integration form
  rotate CONFIG --expires DATE
                         replace the client secret (new one on standard input)

The client secret is read from the keychain entry of the config&apos;s cloud,
tenant and client, from standard input (--secret-stdin) or from
FLEXO_CLIENT_SECRET (for one app registration at a time), never from an
argument. &apos;flexo-teams-setup COMMAND --help&apos; describes a command.

Options:
  -h, --help             show this help and exit
  -v, --version          show the version and exit

Wizard options (without a command):
  --custom-cloud URL     start with the Custom cloud, sign-in and Graph at URL
  --dark                 use a dark colour scheme
  CONFIG                 open the diagnose window for CONFIG instead

Exit codes: 0 all checks passed (warnings allowed), 1 a check failed,
2 usage error or unreadable config, 3 interrupted or timed out,
4 incomplete (nothing failed, but not everything could be checked).
</source>
        <translation>Verwendung: flexo-teams-setup [COMMAND] [OPTIONS]

Richtet den Microsoft-Teams-Connector eines FlexO-Servers ein und prüft ihn.
Ohne Befehl öffnet sich der Einrichtungsassistent.

Befehle:
  diagnose [CONFIG...] [--interactive]
           [--format text|json|markdown|html|nagios|prometheus]
           [--output FILE] [--timeout SECONDS] [--secret-stdin] [--redact-users]
           [--jobs N] [--keep-sign-in | --forget-sign-in]
                         die Prüfungen einer oder mehrerer
                         Connector-Konfigurationen ausführen
  validate CONFIG...     die Werte der Konfigurationen ohne Netzwerk prüfen
  export CONFIG --output FILE [--include-secret]
                         die Konfiguration für den FlexO-Server schreiben
  import FILE [--output CONFIG]
                         eine FlexO-Konfiguration lesen; ihr Schlüssel kommt
                         in den Schlüsselbund
  show CONFIG [--reveal] die Werte für das Teams-Integrationsformular von
                         FlexO ausgeben
  rotate CONFIG --expires DATE
                         den geheimen Clientschlüssel ersetzen (den neuen
                         über die Standardeingabe)

Der geheime Clientschlüssel wird aus dem Schlüsselbundeintrag für Cloud,
Mandant und Client der Konfiguration gelesen, aus der Standardeingabe
(--secret-stdin) oder aus FLEXO_CLIENT_SECRET (für jeweils eine
App-Registrierung), nie aus einem Argument.
&apos;flexo-teams-setup COMMAND --help&apos; beschreibt einen Befehl.

Optionen:
  -h, --help             diese Hilfe anzeigen und beenden
  -v, --version          die Version anzeigen und beenden

Assistentenoptionen (ohne Befehl):
  --custom-cloud URL     mit der Cloud „Benutzerdefiniert“ starten, Anmeldung
                         und Graph unter URL
  --dark                 ein dunkles Farbschema verwenden
  CONFIG                 stattdessen das Diagnosefenster für CONFIG öffnen

Exit-Codes: 0 alle Prüfungen bestanden (Warnungen erlaubt), 1 eine Prüfung
fehlgeschlagen, 2 Verwendungsfehler oder unlesbare Konfiguration,
3 unterbrochen oder Zeitlimit überschritten, 4 unvollständig (nichts
fehlgeschlagen, aber nicht alles konnte geprüft werden).
</translation>
    </message>
</context>
<context>
    <name>flexo::cli::DiagnoseCommand</name>
    <message>
        <source>Runs the checks of one or more connector configs and reports, for each failure, what was observed, the likely cause and the fix. Without CONFIG, the config of this machine is used.
The client secret comes from --secret-stdin or FLEXO_CLIENT_SECRET (then every config must be the same app registration), or from the keychain entry of each config&apos;s cloud, tenant and client; without one, the checks that need it are skipped.</source>
        <translation>Führt die Prüfungen einer oder mehrerer Connector-Konfigurationen aus und meldet für jeden Fehler, was beobachtet wurde, die wahrscheinliche Ursache und die Lösung. Ohne CONFIG wird die Konfiguration dieses Computers verwendet.
Der geheime Clientschlüssel kommt aus --secret-stdin oder FLEXO_CLIENT_SECRET (dann müssen alle Konfigurationen dieselbe App-Registrierung sein) oder aus dem Schlüsselbundeintrag zu Cloud, Mandant und Client jeder Konfiguration; ohne ihn werden die Prüfungen, die ihn benötigen, übersprungen.</translation>
    </message>
    <message>
        <source>Connector config files.</source>
        <translation>Connector-Konfigurationsdateien.</translation>
    </message>
    <message>
        <source>Also run the checks that need a person: test sign-in in the browser, probe meeting.</source>
        <translation>Auch die Prüfungen ausführen, die eine Person brauchen: Testanmeldung im Browser, Testbesprechung.</translation>
    </message>
    <message>
        <source>Read the client secret from the first line of standard input (not echoed).</source>
        <translation>Den geheimen Clientschlüssel aus der ersten Zeile der Standardeingabe lesen (ohne Anzeige).</translation>
    </message>
    <message>
        <source>Mask user names (c***@contoso.com) in the report.</source>
        <translation>Benutzernamen im Bericht maskieren (c***@contoso.com).</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds between 1 and 86400.</source>
        <translation>--timeout erfordert eine ganze Zahl von Sekunden zwischen 1 und 86400.</translation>
    </message>
    <message>
        <source>No config given, and this machine has no saved connector config.</source>
        <translation>Keine Konfiguration angegeben, und dieser Computer hat keine gespeicherte Connector-Konfiguration.</translation>
    </message>
    <message>
        <source>A client secret given with --secret-stdin or FLEXO_CLIENT_SECRET is used for one app registration only, but these configs name different clouds, tenants or client IDs. Diagnose them one at a time, each with its own secret.</source>
        <translation>Ein mit --secret-stdin oder FLEXO_CLIENT_SECRET übergebener geheimer Clientschlüssel gilt nur für eine App-Registrierung, aber diese Konfigurationen nennen unterschiedliche Clouds, Mandanten oder Client-IDs. Diagnostizieren Sie sie einzeln, jede mit ihrem eigenen Schlüssel.</translation>
    </message>
    <message>
        <source>With --interactive: keep the test sign-in (its refresh token, in the keychain entry of the config&apos;s registration) so that later runs without a person also check the token refresh and the meeting probe.</source>
        <translation>Mit --interactive: die Testanmeldung speichern (ihr Aktualisierungstoken, im Schlüsselbundeintrag der Registrierung der Konfiguration), damit spätere Läufe ohne Person auch die Tokenaktualisierung und die Testbesprechung prüfen.</translation>
    </message>
    <message>
        <source>Remove the sign-in kept for each config from the keychain; no check runs.</source>
        <translation>Die für jede Konfiguration gespeicherte Anmeldung aus dem Schlüsselbund entfernen; es wird keine Prüfung ausgeführt.</translation>
    </message>
    <message>
        <source>--keep-sign-in needs --interactive: only a test sign-in by a person can be kept.</source>
        <translation>--keep-sign-in erfordert --interactive: Nur eine Testanmeldung durch eine Person kann gespeichert werden.</translation>
    </message>
    <message>
        <source>--forget-sign-in runs no check: use it without --interactive and --keep-sign-in.</source>
        <translation>--forget-sign-in führt keine Prüfung aus: Verwenden Sie es ohne --interactive und --keep-sign-in.</translation>
    </message>
    <message>
        <source>Diagnose at most N configs at the same time, at most %1 of one tenant (default %2 on this computer).</source>
        <translation>Höchstens N Konfigurationen gleichzeitig diagnostizieren, höchstens %1 eines Mandanten (Standard auf diesem Computer: %2).</translation>
    </message>
    <message>
        <source>Unknown report format &apos;%1&apos;: use text, json, markdown, html, nagios or prometheus.</source>
        <translation>Unbekanntes Berichtsformat „%1“: text, json, markdown, html, nagios oder prometheus verwenden.</translation>
    </message>
    <message>
        <source>--jobs needs a number between 1 and %1.</source>
        <translation>--jobs braucht eine Zahl zwischen 1 und %1.</translation>
    </message>
    <message>
        <source>%1 is the same file as %2: it is diagnosed once.</source>
        <translation>%1 ist dieselbe Datei wie %2: sie wird einmal geprüft.</translation>
    </message>
    <message>
        <source>Report format: text, json, markdown, html, nagios (a monitoring plugin&apos;s status line; exit code 0 OK, 1 warning, 2 critical, 3 unknown) or prometheus (for node_exporter&apos;s textfile collector). Give it several times, each with its --output, for several reports of the same run.</source>
        <translation>Berichtsformat: text, json, markdown, html, nagios (die Statuszeile eines Monitoring-Plugins; Exit-Code 0 OK, 1 Warnung, 2 kritisch, 3 unbekannt) oder prometheus (für den Textfile-Collector von node_exporter). Mehrfach angeben, jeweils mit eigenem --output, für mehrere Berichte desselben Laufs.</translation>
    </message>
    <message>
        <source>Give each report its --output: %1 --format and %2 --output given.</source>
        <translation>Jeder Bericht braucht sein --output: %1-mal --format und %2-mal --output angegeben.</translation>
    </message>
    <message>
        <source>--format nagios is a monitoring plugin&apos;s answer: give it alone.</source>
        <translation>--format nagios ist die Antwort eines Monitoring-Plugins: nur allein angeben.</translation>
    </message>
    <message>
        <source>%1 is given twice with --output: each report needs its own file.</source>
        <translation>%1 ist zweimal mit --output angegeben: jeder Bericht braucht eine eigene Datei.</translation>
    </message>
    <message>
        <source>Write the report to FILE (replaced atomically) instead of standard output; with several --format, the first format goes to the first file, and so on.</source>
        <translation>Den Bericht statt in die Standardausgabe in FILE schreiben (atomar ersetzt); bei mehreren --format geht das erste Format in die erste Datei und so weiter.</translation>
    </message>
    <message>
        <source>Stop after SECONDS and report what finished (exit code 3). Without it, a run with --format nagios stops after %1 seconds.</source>
        <translation>Nach SECONDS anhalten und melden, was fertig wurde (Exit-Code 3). Ohne diese Option hält ein Lauf mit --format nagios nach %1 Sekunden an.</translation>
    </message>
</context>
<context>
    <name>flexo::cli::DiagnoseRun</name>
    <message>
        <source>[%1/%2] diagnosed %3</source>
        <translation>[%1/%2] %3 diagnostiziert</translation>
    </message>
    <message>
        <source>[0/%1] starting</source>
        <translation>[0/%1] Start</translation>
    </message>
    <message>
        <source>Time limit of %1 seconds reached: stopping the checks.</source>
        <translation>Zeitlimit von %1 Sekunden erreicht: Die Prüfungen werden beendet.</translation>
    </message>
    <message>
        <source>Interrupted: stopping the checks.</source>
        <translation>Unterbrochen: Die Prüfungen werden beendet.</translation>
    </message>
    <message>
        <source>Sign in with an administrator account of the tenant in your browser. If it does not open, open this address:</source>
        <translation>Melden Sie sich im Browser mit einem Administratorkonto des Mandanten an. Falls er sich nicht öffnet, öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>If the browser cannot reach this computer afterwards (remote session), copy the address it was sent to from its address bar and paste it here, then press Enter.</source>
        <translation>Falls der Browser diesen Computer danach nicht erreichen kann (Remotesitzung), kopieren Sie die Adresse, an die er geleitet wurde, aus seiner Adressleiste, fügen Sie sie hier ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>No browser could be started (set BROWSER to choose one); open the address above yourself.</source>
        <translation>Es konnte kein Browser gestartet werden (mit BROWSER wählen Sie einen aus); öffnen Sie die obige Adresse selbst.</translation>
    </message>
    <message>
        <source>That is not the address of a sign-in answer this run is waiting for; it was ignored.</source>
        <translation>Das ist nicht die Adresse einer Anmeldeantwort, auf die dieser Lauf wartet; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>flexo::cli::ExportCommand</name>
    <message>
        <source>Writes the connector config for the FlexO server to FILE. Without --include-secret the file holds no secret; FlexO then needs the secret entered separately. With it, the secret is read from the keychain entry of the config&apos;s cloud, tenant and client (or --secret-stdin, or FLEXO_CLIENT_SECRET) and the file is made readable by you only.</source>
        <translation>Schreibt die Connector-Konfiguration für den FlexO-Server in FILE. Ohne --include-secret enthält die Datei keinen Schlüssel; FlexO benötigt den Schlüssel dann separat. Mit dieser Option wird der Schlüssel aus dem Schlüsselbundeintrag zu Cloud, Mandant und Client der Konfiguration gelesen (oder aus --secret-stdin bzw. FLEXO_CLIENT_SECRET), und die Datei wird nur für Sie lesbar gemacht.</translation>
    </message>
    <message>
        <source>The connector config to export.</source>
        <translation>Die zu exportierende Connector-Konfiguration.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Write the client secret into the file (mode 0600).</source>
        <translation>Den geheimen Clientschlüssel in die Datei schreiben (Modus 0600).</translation>
    </message>
    <message>
        <source>With --include-secret: read the secret from standard input instead of the keychain.</source>
        <translation>Mit --include-secret: den Schlüssel aus der Standardeingabe statt aus dem Schlüsselbund lesen.</translation>
    </message>
    <message>
        <source>Name exactly one config to export.</source>
        <translation>Geben Sie genau eine zu exportierende Konfiguration an.</translation>
    </message>
    <message>
        <source>Say where to write the export with --output FILE.</source>
        <translation>Geben Sie mit --output FILE an, wohin der Export geschrieben werden soll.</translation>
    </message>
    <message>
        <source>--secret-stdin only makes sense with --include-secret.</source>
        <translation>--secret-stdin ist nur zusammen mit --include-secret sinnvoll.</translation>
    </message>
    <message>
        <source>The export would replace the config it is made from; choose another --output.</source>
        <translation>Der Export würde die Konfiguration ersetzen, aus der er erstellt wird; wählen Sie ein anderes --output.</translation>
    </message>
    <message>
        <source>The secret could not be read from the keychain, so nothing was written.</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden, daher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Give the secret with --secret-stdin or FLEXO_CLIENT_SECRET instead.</source>
        <translation>Übergeben Sie den Schlüssel stattdessen mit --secret-stdin oder FLEXO_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>Warning: %1 holds the client secret in plain text. It is readable by you only; hand it over on a safe channel, import it on the FlexO server, then delete it.</source>
        <translation>Warnung: %1 enthält den geheimen Clientschlüssel im Klartext. Die Datei ist nur für Sie lesbar; übergeben Sie sie über einen sicheren Kanal, importieren Sie sie auf dem FlexO-Server und löschen Sie sie dann.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>flexo::cli::ForgetSignIn</name>
    <message>
        <source>%1: the kept sign-in could not be removed: %2</source>
        <translation>%1: Die gespeicherte Anmeldung konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1: no sign-in is kept for this connector any more.</source>
        <translation>%1: Für diesen Connector ist keine Anmeldung mehr gespeichert.</translation>
    </message>
</context>
<context>
    <name>flexo::cli::ImportCommand</name>
    <message>
        <source>Reads a connector config file and checks it. When it holds the client secret, the secret is stored in the keychain and the config is written without it. Without --output, the config of this machine is replaced (the previous one is kept as .bak). A file that fails the checks changes nothing.</source>
        <translation>Liest eine Connector-Konfigurationsdatei und prüft sie. Enthält sie den geheimen Clientschlüssel, wird er im Schlüsselbund gespeichert und die Konfiguration ohne ihn geschrieben. Ohne --output wird die Konfiguration dieses Computers ersetzt (die vorherige bleibt als .bak erhalten). Eine Datei, die die Prüfungen nicht besteht, ändert nichts.</translation>
    </message>
    <message>
        <source>The config file to import.</source>
        <translation>Die zu importierende Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Where to write the config (default: this machine&apos;s config).</source>
        <translation>Wohin die Konfiguration geschrieben wird (Standard: die Konfiguration dieses Computers).</translation>
    </message>
    <message>
        <source>Name exactly one file to import.</source>
        <translation>Geben Sie genau eine zu importierende Datei an.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 was not imported because of the errors above. %2</source>
        <translation>%1 wurde wegen der obigen Fehler nicht importiert. %2</translation>
    </message>
    <message>
        <source>The folder of %1 could not be created. %2</source>
        <translation>Der Ordner von %1 konnte nicht erstellt werden. %2</translation>
    </message>
    <message>
        <source>The client secret could not be stored in the keychain, so the config was not written (it would not work without its secret).</source>
        <translation>Der geheime Clientschlüssel konnte nicht im Schlüsselbund gespeichert werden, daher wurde die Konfiguration nicht geschrieben (ohne ihren Schlüssel würde sie nicht funktionieren).</translation>
    </message>
    <message>
        <source>The secret is already in the keychain (%1, %2); run the import again once the config can be written.</source>
        <translation>Der Schlüssel ist bereits im Schlüsselbund (%1, %2); führen Sie den Import erneut aus, sobald die Konfiguration geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 nach %2 importiert.</translation>
    </message>
    <message>
        <source>The client secret is now in the keychain (service %1, key %2); the config does not hold it.</source>
        <translation>Der geheime Clientschlüssel liegt jetzt im Schlüsselbund (Dienst %1, Schlüssel %2); die Konfiguration enthält ihn nicht.</translation>
    </message>
    <message>
        <source>The previous config was kept as %1.</source>
        <translation>Die vorherige Konfiguration wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>flexo::cli::RotateCommand</name>
    <message>
        <source>Replaces the client secret of CONFIG. Create a new secret in Certificates &amp; secrets of the app registration first, then give its Value (not its Secret ID) on standard input. The new secret is checked with a client-credentials grant while the old one is tried too; only when the new one works is it stored in the keychain, and CONFIG is saved with the new expiry date and hint. If anything fails, the old secret stays in the keychain and CONFIG is unchanged.</source>
        <translation>Ersetzt den geheimen Clientschlüssel von CONFIG. Erstellen Sie zuerst unter „Zertifikate &amp; Geheimnisse“ der App-Registrierung einen neuen Schlüssel und übergeben Sie dann dessen Wert (nicht die Geheimnis-ID) über die Standardeingabe. Der neue Schlüssel wird mit einer Client-Credentials-Anforderung geprüft, während auch der alte ausprobiert wird; erst wenn der neue funktioniert, wird er im Schlüsselbund gespeichert, und CONFIG wird mit dem neuen Ablaufdatum und dem neuen Hinweis gespeichert. Schlägt etwas fehl, bleibt der alte Schlüssel im Schlüsselbund und CONFIG unverändert.</translation>
    </message>
    <message>
        <source>The saved connector config whose secret to replace.</source>
        <translation>Die gespeicherte Connector-Konfiguration, deren Schlüssel ersetzt werden soll.</translation>
    </message>
    <message>
        <source>The new secret&apos;s expiry date as the portal shows it (YYYY-MM-DD).</source>
        <translation>Das Ablaufdatum des neuen Schlüssels, wie es das Portal anzeigt (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Name exactly one config whose secret to replace.</source>
        <translation>Geben Sie genau eine Konfiguration an, deren Schlüssel ersetzt werden soll.</translation>
    </message>
    <message>
        <source>Give the new secret&apos;s expiry date with --expires YYYY-MM-DD (the portal shows it in the “Expires” column).</source>
        <translation>Geben Sie das Ablaufdatum des neuen Schlüssels mit --expires JJJJ-MM-TT an (das Portal zeigt es in der Spalte „Läuft ab“).</translation>
    </message>
    <message>
        <source>New client secret, its Value (input hidden): </source>
        <translation>Neuer geheimer Clientschlüssel, sein Wert (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>Give the new secret&apos;s Value on standard input.</source>
        <translation>Übergeben Sie den Wert des neuen Schlüssels über die Standardeingabe.</translation>
    </message>
    <message>
        <source>Checking the new secret with Microsoft, and the old one at the same time…</source>
        <translation>Der neue Schlüssel wird bei Microsoft geprüft, gleichzeitig auch der alte…</translation>
    </message>
    <message>
        <source>Putting the old secret back into the keychain…</source>
        <translation>Der alte Schlüssel wird wieder in den Schlüsselbund gelegt…</translation>
    </message>
    <message>
        <source>New secret: %1</source>
        <translation>Neuer Schlüssel: %1</translation>
    </message>
    <message>
        <source>Old secret (%1…): still works.</source>
        <translation>Alter Schlüssel (%1…): funktioniert noch.</translation>
    </message>
    <message>
        <source>Old secret (%1…): does not work any more (%2). Replacing it goes on.</source>
        <translation>Alter Schlüssel (%1…): funktioniert nicht mehr (%2). Das Ersetzen wird fortgesetzt.</translation>
    </message>
    <message>
        <source>The new secret is in the keychain, and %1 now records its expiry date %2 and hint %3.</source>
        <translation>Der neue Schlüssel liegt im Schlüsselbund, und %1 enthält jetzt sein Ablaufdatum %2 und seinen Hinweis %3.</translation>
    </message>
    <message>
        <source>Next: enter the new secret as the Application Secret Key in FlexO&apos;s Teams integration and save it (flexo-teams-setup show %1 --reveal prints it on a terminal).</source>
        <translation>Als Nächstes: Geben Sie den neuen Schlüssel in der Teams-Integration von FlexO als Application Secret Key ein und speichern Sie sie (flexo-teams-setup show %1 --reveal gibt ihn in einem Terminal aus).</translation>
    </message>
</context>
<context>
    <name>flexo::cli::ShowCommand</name>
    <message>
        <source>Prints the values to enter in FlexO&apos;s Teams integration form, under the form&apos;s own field names: Tenant ID, Application ID, Application Secret Key, Redirection URL and Lifecycle URL. The secret is printed only with --reveal, and only when standard output is a terminal; it is read from the config file (an export that holds it) or the keychain entry of the config&apos;s cloud, tenant and client.</source>
        <translation>Gibt die Werte aus, die im Teams-Integrationsformular von FlexO einzugeben sind, unter den Feldnamen des Formulars: Tenant ID, Application ID, Application Secret Key, Redirection URL und Lifecycle URL. Der Schlüssel wird nur mit --reveal ausgegeben und nur, wenn die Standardausgabe ein Terminal ist; er wird aus der Konfigurationsdatei (einem Export, der ihn enthält) oder aus dem Schlüsselbundeintrag für Cloud, Mandant und Client der Konfiguration gelesen.</translation>
    </message>
    <message>
        <source>The connector config to show.</source>
        <translation>Die anzuzeigende Connector-Konfiguration.</translation>
    </message>
    <message>
        <source>Print the client secret too (only to a terminal, never to a pipe or file).</source>
        <translation>Auch den geheimen Clientschlüssel ausgeben (nur in ein Terminal, nie in eine Pipe oder Datei).</translation>
    </message>
    <message>
        <source>Name exactly one config to show.</source>
        <translation>Geben Sie genau eine anzuzeigende Konfiguration an.</translation>
    </message>
    <message>
        <source>(not printed: standard output is not a terminal)</source>
        <translation>(nicht ausgegeben: Die Standardausgabe ist kein Terminal)</translation>
    </message>
    <message>
        <source>The client secret is printed only to a terminal, never into a pipe or a file. Run the command in a terminal without redirecting its output, or copy the secret from the wizard or the diagnose window.</source>
        <translation>Der geheime Clientschlüssel wird nur in ein Terminal ausgegeben, nie in eine Pipe oder Datei. Führen Sie den Befehl in einem Terminal aus, ohne seine Ausgabe umzuleiten, oder kopieren Sie den Schlüssel aus dem Assistenten oder dem Diagnosefenster.</translation>
    </message>
    <message>
        <source>The client secret could not be read from the keychain.</source>
        <translation>Der geheime Clientschlüssel konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(nicht verfügbar)</translation>
    </message>
    <message>
        <source>(add --reveal to print it on a terminal)</source>
        <translation>(mit --reveal in einem Terminal ausgeben)</translation>
    </message>
    <message>
        <source>Values for FlexO&apos;s Teams integration form (%1):</source>
        <translation>Werte für das Teams-Integrationsformular von FlexO (%1):</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>flexo::cli::ValidateCommand</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Checks that every value of each config is present and well-formed, without using the network or the keychain. Exit code 0 when all are valid (warnings allowed), 1 when a value is wrong, 2 when a file cannot be read.</source>
        <translation>Prüft, ob jeder Wert jeder Konfiguration vorhanden und korrekt formatiert ist, ohne Netzwerk oder Schlüsselbund zu verwenden. Exit-Code 0, wenn alle gültig sind (Warnungen erlaubt), 1, wenn ein Wert falsch ist, 2, wenn eine Datei nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>Connector config files.</source>
        <translation>Connector-Konfigurationsdateien.</translation>
    </message>
    <message>
        <source>Name at least one config file to validate.</source>
        <translation>Geben Sie mindestens eine zu prüfende Konfigurationsdatei an.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
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
        <source>GCC High (Azure Government)</source>
        <translation>GCC High (Azure Government)</translation>
    </message>
    <message>
        <source>DoD (Azure Government)</source>
        <translation>DoD (Azure Government)</translation>
    </message>
    <message>
        <source>US Government GCC, which uses the global cloud</source>
        <translation>US Government GCC, das die globale Cloud nutzt</translation>
    </message>
    <message>
        <source>the global cloud</source>
        <translation>der globalen Cloud</translation>
    </message>
    <message>
        <source>This tenant is in %1; %2 was selected.</source>
        <translation>Dieser Mandant liegt in %1; %2 wurde ausgewählt.</translation>
    </message>
    <message>
        <source>This tenant is in %1, as selected.</source>
        <translation>Dieser Mandant liegt in %1, wie ausgewählt.</translation>
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
        <source>as the Expires column shows it, or YYYY-MM-DD</source>
        <translation>wie in der Spalte „Läuft ab“ oder JJJJ-MM-TT</translation>
    </message>
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
        <source>The secret&apos;s expiry will not be tracked: nobody is warned before it stops working.</source>
        <translation>Der Ablauf des geheimen Schlüssels wird nicht überwacht: Niemand wird gewarnt, bevor er nicht mehr funktioniert.</translation>
    </message>
    <message>
        <source>The date is in the portal, under Certificates &amp; secrets, in the Expires column.</source>
        <translation>Das Datum steht im Portal unter „Zertifikate &amp; Geheimnisse“ in der Spalte „Läuft ab“.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>Enter it as %1 or %2, or pick it from the calendar.</source>
        <translation>Geben Sie es als %1 oder %2 ein oder wählen Sie es im Kalender.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Läuft am %1 ab.</translation>
    </message>
    <message>
        <source>Secret expiry date</source>
        <translation>Ablaufdatum des Schlüssels</translation>
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
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Open config…</source>
        <translation>Konfiguration ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>Prüfungen &amp;ausführen</translation>
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
        <source>This config uses a custom cloud, not one of Microsoft&apos;s.</source>
        <translation>Diese Konfiguration verwendet eine benutzerdefinierte Cloud, keine von Microsoft.</translation>
    </message>
    <message>
        <source>Sign-in at %1, Microsoft Graph at %2.</source>
        <translation>Anmeldung bei %1, Microsoft Graph bei %2.</translation>
    </message>
    <message>
        <source>Run the checks only if you trust these servers: the client secret is sent to the sign-in server.</source>
        <translation>Führen Sie die Prüfungen nur aus, wenn Sie diesen Servern vertrauen: Der geheime Clientschlüssel wird an den Anmeldeserver gesendet.</translation>
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
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Admin-consent link</source>
        <translation>Link zur Administratorzustimmung</translation>
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
    <message>
        <source>Verdict</source>
        <translation>Gesamtergebnis</translation>
    </message>
    <message>
        <source>FlexO &amp;values…</source>
        <translation>FlexO-&amp;Werte…</translation>
    </message>
    <message>
        <source>The values to enter in FlexO&apos;s Teams integration form, to copy.</source>
        <translation>Die Werte für das Teams-Integrationsformular von FlexO, zum Kopieren.</translation>
    </message>
    <message>
        <source>Re&amp;place the client secret…</source>
        <translation>Geheimen Clientschlüssel erse&amp;tzen…</translation>
    </message>
    <message>
        <source>Connector config</source>
        <translation>Connector-Konfiguration</translation>
    </message>
    <message>
        <source>Client secret, used for this check only</source>
        <translation>Geheimer Clientschlüssel, nur für diese Prüfung verwendet</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Details der ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Test the sign-in and a Teams meeting</source>
        <translation>Anmeldung und eine Teams-Besprechung testen</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Monitoring sign-in: kept for %1 since %2.</source>
        <translation>Überwachungsanmeldung: für %1 gespeichert seit %2.</translation>
    </message>
    <message>
        <source>Monitoring sign-in: unknown. %1</source>
        <translation>Überwachungsanmeldung: unbekannt. %1</translation>
    </message>
    <message>
        <source>Monitoring sign-in: none kept. Runs without a person skip the token refresh and the meeting probe (keep one with diagnose --interactive --keep-sign-in).</source>
        <translation>Überwachungsanmeldung: keine gespeichert. Läufe ohne Person überspringen die Tokenaktualisierung und die Testbesprechung (speichern Sie eine mit diagnose --interactive --keep-sign-in).</translation>
    </message>
</context>
<context>
    <name>flexo::ui::ExpiryBanner</name>
    <message>
        <source>Replace the client secret…</source>
        <translation>Geheimen Clientschlüssel ersetzen…</translation>
    </message>
    <message>
        <source>Replace the client secret</source>
        <translation>Geheimen Clientschlüssel ersetzen</translation>
    </message>
    <message>
        <source>Create a new secret and replace it here while the old one still works; then enter the new one in FlexO.</source>
        <translation>Erstellen Sie einen neuen Schlüssel und ersetzen Sie den alten hier, solange er noch funktioniert; geben Sie den neuen dann in FlexO ein.</translation>
    </message>
    <message>
        <source>The client secret expired on %1.</source>
        <translation>Der geheime Clientschlüssel ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>FlexO cannot connect to Teams with an expired secret.</source>
        <translation>FlexO kann mit einem abgelaufenen Schlüssel keine Verbindung zu Teams herstellen.</translation>
    </message>
    <message numerus="yes">
        <source>The client secret expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>Der geheime Clientschlüssel läuft am %1 ab, in %n Tag.</numerusform>
            <numerusform>Der geheime Clientschlüssel läuft am %1 ab, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>When it expires, FlexO stops connecting to Teams.</source>
        <translation>Wenn er abläuft, kann FlexO keine Verbindung mehr zu Teams herstellen.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::FlexoAddressesPage</name>
    <message>
        <source>Add the new redirect URI</source>
        <translation>Neuen Umleitungs-URI hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected redirect URI</source>
        <translation>Ausgewählten Umleitungs-URI bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected redirect URI</source>
        <translation>Ausgewählten Umleitungs-URI entfernen</translation>
    </message>
</context>
<context>
    <name>flexo::ui::HandoverDialog</name>
    <message>
        <source>Values for FlexO</source>
        <translation>Werte für FlexO</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>flexo::ui::HandoverView</name>
    <message>
        <source>Enter these values in FlexO&apos;s Teams integration settings, each under the same name:</source>
        <translation>Geben Sie diese Werte in den Teams-Integrationseinstellungen von FlexO ein, jeweils unter demselben Namen:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>The client secret is on the clipboard.</source>
        <translation>Der geheime Clientschlüssel liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The client secret was removed from the clipboard.</source>
        <translation>Der geheime Clientschlüssel wurde aus der Zwischenablage entfernt.</translation>
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
        <translation>Ein früherer Lauf hat nach dem Erstellen seiner Besprechung „FlexO-Verbindungstest“ und vor dem Löschen angehalten.</translation>
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
        <translation>Öffnen Sie den Kalender des angemeldeten Kontos in Teams oder Outlook und löschen Sie die hier aufgeführte(n) Besprechung(en) „FlexO-Verbindungstest“, oder versuchen Sie es später erneut mit „Frühere Testbesprechung löschen“.</translation>
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
        <translation>FlexO-Teams-Connector</translation>
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
    <message>
        <source>A Custom cloud has no known portal.</source>
        <translation>Für eine benutzerdefinierte Cloud ist kein Portal bekannt.</translation>
    </message>
    <message>
        <source>Register the app in the admin portal of your cloud (whoever operates it knows its address): the steps below are the same there. Then tick them and press Next, or press &quot;My app is already registered&quot;.</source>
        <translation>Registrieren Sie die App im Administrationsportal Ihrer Cloud (der Betreiber kennt die Adresse): Die Schritte unten sind dort dieselben. Haken Sie sie dann ab und drücken Sie „Weiter“, oder drücken Sie „Meine App ist bereits registriert“.</translation>
    </message>
    <message>
        <source>Registered before</source>
        <translation>Bereits registriert</translation>
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
    <name>flexo::ui::RotationDialog</name>
    <message>
        <source>Replace the client secret</source>
        <translation>Geheimen Clientschlüssel ersetzen</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open Certificates &amp;amp; secrets of the app registration and choose “New client secret”.&lt;/li&gt;&lt;li&gt;Copy the new secret&apos;s &lt;b&gt;Value&lt;/b&gt; at once: the portal shows it only now. Not the Secret ID beside it.&lt;/li&gt;&lt;li&gt;Paste it here with the expiry date the portal shows. The new secret is tried while the old one still works; nothing changes until it works.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie „Zertifikate &amp;amp; Geheimnisse“ der App-Registrierung und wählen Sie „Neuer geheimer Clientschlüssel“.&lt;/li&gt;&lt;li&gt;Kopieren Sie sofort den &lt;b&gt;Wert&lt;/b&gt; des neuen Schlüssels: Das Portal zeigt ihn nur jetzt an. Nicht die Geheimnis-ID daneben.&lt;/li&gt;&lt;li&gt;Fügen Sie ihn hier mit dem Ablaufdatum ein, das das Portal anzeigt. Der neue Schlüssel wird ausprobiert, während der alte noch funktioniert; nichts ändert sich, bevor er funktioniert.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Certificates &amp;&amp; secrets</source>
        <translation>&amp;Zertifikate &amp;&amp; Geheimnisse öffnen</translation>
    </message>
    <message>
        <source>A custom cloud has no portal known to this tool.</source>
        <translation>Für eine benutzerdefinierte Cloud kennt dieses Tool kein Portal.</translation>
    </message>
    <message>
        <source>New client secret (its Value)</source>
        <translation>Neuer geheimer Clientschlüssel (sein Wert)</translation>
    </message>
    <message>
        <source>the Value column, not the Secret ID</source>
        <translation>die Spalte „Wert“, nicht die Geheimnis-ID</translation>
    </message>
    <message>
        <source>New secret &amp;Value:</source>
        <translation>&amp;Wert des neuen Schlüssels:</translation>
    </message>
    <message>
        <source>Expiry date of the new secret</source>
        <translation>Ablaufdatum des neuen Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Läuft ab am:</translation>
    </message>
    <message>
        <source>&amp;Replace the secret</source>
        <translation>Schlüssel &amp;ersetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading the current secret from the keychain…</source>
        <translation>Der aktuelle Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Trying the new secret with Microsoft, and the old one at the same time…</source>
        <translation>Der neue Schlüssel wird bei Microsoft ausprobiert, gleichzeitig auch der alte…</translation>
    </message>
    <message>
        <source>Storing the new secret in the keychain…</source>
        <translation>Der neue Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saving the new expiry date in the config…</source>
        <translation>Das neue Ablaufdatum wird in der Konfiguration gespeichert…</translation>
    </message>
    <message>
        <source>Putting the old secret back into the keychain…</source>
        <translation>Der alte Schlüssel wird wieder in den Schlüsselbund gelegt…</translation>
    </message>
    <message>
        <source>The old secret (%1…) still works until you delete it.</source>
        <translation>Der alte Schlüssel (%1…) funktioniert noch, bis Sie ihn löschen.</translation>
    </message>
    <message>
        <source>The old secret (%1…) does not work any more.</source>
        <translation>Der alte Schlüssel (%1…) funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>This does not stop the replacement: the new secret is what counts.</source>
        <translation>Das verhindert das Ersetzen nicht: Entscheidend ist der neue Schlüssel.</translation>
    </message>
    <message>
        <source>The new secret works and is in the keychain.</source>
        <translation>Der neue Schlüssel funktioniert und liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The config now records its expiry date, %1, and its hint, %2.</source>
        <translation>Die Konfiguration enthält jetzt sein Ablaufdatum, %1, und seinen Hinweis, %2.</translation>
    </message>
    <message>
        <source>Now enter it in FlexO as the Application Secret Key and save there.</source>
        <translation>Geben Sie ihn jetzt in FlexO als Application Secret Key ein und speichern Sie dort.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::SavePage</name>
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
    <message>
        <source>Connector configs (*%1 *.json)</source>
        <translation>Connector-Konfigurationen (*%1 *.json)</translation>
    </message>
    <message>
        <source>For FlexO&apos;s Teams integration</source>
        <translation>Für die Teams-Integration von FlexO</translation>
    </message>
</context>
<context>
    <name>flexo::ui::SetupWizard</name>
    <message>
        <source>FlexO Teams Setup</source>
        <translation>FlexO Teams Setup</translation>
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
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <source>The connector config has not been saved. If you close now, the results of the checks are lost; what you entered, except the client secret, is offered again the next time the wizard starts.</source>
        <translation>Die Connector-Konfiguration wurde nicht gespeichert. Wenn Sie jetzt schließen, gehen die Ergebnisse der Prüfungen verloren; Ihre Eingaben außer dem geheimen Clientschlüssel werden beim nächsten Start des Assistenten erneut angeboten.</translation>
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
        <source>Signed in, and the sign-in can be renewed: press Next.</source>
        <translation>Angemeldet, und die Anmeldung kann erneuert werden: Drücken Sie „Weiter“.</translation>
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
        <translation>Zu registrierender Umleitungs-URI</translation>
    </message>
    <message>
        <source>In the portal, open the app&apos;s Authentication page, add this address to the %1 platform, press Save, then press Try again:</source>
        <translation>Öffnen Sie im Portal die Seite „Authentifizierung“ der App, fügen Sie diese Adresse der Plattform %1 hinzu, klicken Sie auf „Speichern“ und dann auf „Erneut versuchen“:</translation>
    </message>
    <message>
        <source>In the portal, open the app&apos;s Authentication page, remove this address from the %1 platform, add it to the %2 platform, press Save, then press Try again:</source>
        <translation>Öffnen Sie im Portal die Seite „Authentifizierung“ der App, entfernen Sie diese Adresse von der Plattform %1, fügen Sie sie der Plattform %2 hinzu, klicken Sie auf „Speichern“ und dann auf „Erneut versuchen“:</translation>
    </message>
    <message>
        <source>Admin consent needed</source>
        <translation>Administratorzustimmung erforderlich</translation>
    </message>
    <message>
        <source>Send this link to an administrator who may grant consent for the organisation (a Global Administrator, Privileged Role Administrator, Cloud Application Administrator or Application Administrator). When they have opened it and accepted, press Try again:</source>
        <translation>Senden Sie diesen Link an einen Administrator, der für die Organisation zustimmen darf (Globaler Administrator, Administrator für privilegierte Rollen, Cloudanwendungsadministrator oder Anwendungsadministrator). Sobald er ihn geöffnet und akzeptiert hat, klicken Sie auf „Erneut versuchen“:</translation>
    </message>
    <message>
        <source>Admin-consent link</source>
        <translation>Link zur Administratorzustimmung</translation>
    </message>
    <message>
        <source>Another cloud</source>
        <translation>Eine andere Cloud</translation>
    </message>
    <message>
        <source>Go back to the Cloud and tenant page and choose %1, then sign in again.</source>
        <translation>Gehen Sie zurück zur Seite „Cloud und Mandant“, wählen Sie %1 und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Keep this sign-in to check the connector every day</source>
        <translation>Diese Anmeldung speichern, um den Connector täglich zu prüfen</translation>
    </message>
    <message>
        <source>Keep this sign-in of %1 to check the connector every day</source>
        <translation>Diese Anmeldung von %1 speichern, um den Connector täglich zu prüfen</translation>
    </message>
    <message>
        <source>FlexO Teams Setup then keeps the sign-in&apos;s refresh token in this computer&apos;s keychain, next to the client secret and never in a file, so that a daily check can renew the sign-in and create and delete a test meeting as %1 without you.</source>
        <translation>FlexO Teams Setup speichert dann das Aktualisierungstoken der Anmeldung im Schlüsselbund dieses Computers, neben dem geheimen Clientschlüssel und nie in einer Datei, damit eine tägliche Prüfung die Anmeldung erneuern und ohne Sie als %1 eine Testbesprechung erstellen und löschen kann.</translation>
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
        <translation>Der Assistent wurde nach dem Erstellen seiner Besprechung „FlexO-Verbindungstest“ unterbrochen, bevor er sie löschen konnte.</translation>
    </message>
    <message>
        <source>Go on with the setup: after the test sign-in, the Teams meeting test page offers to delete it.</source>
        <translation>Fahren Sie mit der Einrichtung fort: Nach der Testanmeldung bietet die Seite Teams-Besprechungstest an, sie zu löschen.</translation>
    </message>
    <message>
        <source>your organisation</source>
        <translation>Ihre Organisation</translation>
    </message>
    <message>
        <source>&amp;Resume the setup for %1 from %2</source>
        <translation>Einrichtung für %1 vom %2 fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>Resume the setup for %1 from %2</source>
        <translation>Einrichtung für %1 vom %2 fortsetzen</translation>
    </message>
</context>
</TS>
