<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CloudTenantPage</name>
    <message>
        <source>Cloud and tenant</source>
        <translation>Cloud et locataire</translation>
    </message>
    <message>
        <source>Where your organisation&apos;s Microsoft 365 lives. The wizard asks Microsoft whether the tenant exists there.</source>
        <translation>Où se trouve le Microsoft 365 de votre organisation. L&apos;assistant demande à Microsoft si le locataire y existe.</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud :</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Sign-in &amp;base URL:</source>
        <translation>URL de &amp;base de connexion :</translation>
    </message>
    <message>
        <source>Sign-in base URL</source>
        <translation>URL de base de connexion</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>&amp;Graph base URL:</source>
        <translation>URL de base &amp;Graph :</translation>
    </message>
    <message>
        <source>Graph base URL</source>
        <translation>URL de base Graph</translation>
    </message>
    <message>
        <source>https://graph.example.com</source>
        <translation>https://graph.example.com</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>The tenant&apos;s domain, such as contoso.onmicrosoft.com, or its tenant ID</source>
        <translation>Le domaine du locataire, par exemple contoso.onmicrosoft.com, ou son ID</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the Directory (tenant) ID</source>
        <translation>contoso.onmicrosoft.com ou l&apos;ID de l&apos;annuaire (locataire)</translation>
    </message>
    <message>
        <source>Any domain of your organisation works; the wizard finds the tenant ID for you.</source>
        <translation>N&apos;importe quel domaine de votre organisation convient ; l&apos;assistant trouve l&apos;ID du locataire pour vous.</translation>
    </message>
    <message>
        <source>Tenant &amp;ID:</source>
        <translation>&amp;ID du locataire :</translation>
    </message>
    <message>
        <source>Resolved tenant ID</source>
        <translation>ID de locataire trouvé</translation>
    </message>
    <message>
        <source>found when the tenant is checked</source>
        <translation>trouvé lors de la vérification du locataire</translation>
    </message>
    <message>
        <source>C&amp;heck tenant</source>
        <translation>&amp;Vérifier le locataire</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>&amp;Network settings</source>
        <translation>Paramètres &amp;réseau</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy :</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>empty: system settings; &quot;none&quot;; or http://proxy:3128</source>
        <translation>vide : réglages du système ; « none » ; ou http://proxy:3128</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CA file:</source>
        <translation>Fichier d&apos;&amp;AC supplémentaire :</translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation>Fichier d&apos;AC supplémentaire de confiance</translation>
    </message>
    <message>
        <source>PEM file of your proxy&apos;s certificate authority</source>
        <translation>Fichier PEM de l&apos;autorité de certification de votre proxy</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Needed only when a proxy inspects TLS traffic. The file is trusted for this tool&apos;s own requests, nowhere else.</source>
        <translation>Nécessaire seulement si un proxy inspecte le trafic TLS. Ce fichier n&apos;est approuvé que pour les requêtes de cet outil.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Application credentials</source>
        <translation>Identifiants de l&apos;application</translation>
    </message>
    <message>
        <source>Paste the values from the app&apos;s Overview and from Certificates &amp; secrets, then verify them with Microsoft.</source>
        <translation>Collez les valeurs de la page Vue d&apos;ensemble de l&apos;application et de Certificats et secrets, puis vérifiez-les auprès de Microsoft.</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>ID d&apos;application (&amp;client) :</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Client &amp;secret (Value):</source>
        <translation>&amp;Secret client (Valeur) :</translation>
    </message>
    <message>
        <source>Client secret value</source>
        <translation>Valeur du secret client</translation>
    </message>
    <message>
        <source>The Value column of the client secret, not the Secret ID</source>
        <translation>La colonne Valeur du secret client, pas l&apos;ID du secret</translation>
    </message>
    <message>
        <source>the Value column, not the Secret ID</source>
        <translation>la colonne Valeur, pas l&apos;ID du secret</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Afficher le secret client</translation>
    </message>
    <message>
        <source>Secret &amp;expires on:</source>
        <translation>Le secret &amp;expire le :</translation>
    </message>
    <message>
        <source>Secret expiry date</source>
        <translation>Date d&apos;expiration du secret</translation>
    </message>
    <message>
        <source>I don&apos;t &amp;know the date</source>
        <translation>Je ne &amp;connais pas la date</translation>
    </message>
    <message>
        <source>&amp;Verify with Microsoft</source>
        <translation>&amp;Vérifier auprès de Microsoft</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>Annuler la vérification</translation>
    </message>
</context>
<context>
    <name>FlexoAddressesPage</name>
    <message>
        <source>FlexO addresses</source>
        <translation>Adresses FlexO</translation>
    </message>
    <message>
        <source>The addresses your FlexO representative gave you. They must match the redirect URIs registered on the app.</source>
        <translation>Les adresses fournies par votre représentant FlexO. Elles doivent correspondre aux URI de redirection inscrites sur l&apos;application.</translation>
    </message>
    <message>
        <source>FlexO &amp;redirect URIs:</source>
        <translation>URI de &amp;redirection FlexO :</translation>
    </message>
    <message>
        <source>FlexO redirect URIs</source>
        <translation>URI de redirection FlexO</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;New URI:</source>
        <translation>&amp;Nouvelle URI :</translation>
    </message>
    <message>
        <source>New FlexO redirect URI</source>
        <translation>Nouvelle URI de redirection FlexO</translation>
    </message>
    <message>
        <source>https://flexo.example.org/teams/oauth/callback</source>
        <translation>https://flexo.example.org/teams/oauth/callback</translation>
    </message>
    <message>
        <source>&amp;Lifecycle URL:</source>
        <translation>URL de &amp;cycle de vie :</translation>
    </message>
    <message>
        <source>Lifecycle URL</source>
        <translation>URL de cycle de vie</translation>
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
        <translation>Test de réunion Teams</translation>
    </message>
    <message>
        <source>Creates a short test meeting in the signed-in account and deletes it at once, as FlexO will do for bookings.</source>
        <translation>Crée une courte réunion de test dans le compte connecté et la supprime aussitôt, comme FlexO le fera pour les réservations.</translation>
    </message>
    <message>
        <source>&amp;Delete the earlier test meeting</source>
        <translation>&amp;Supprimer la réunion de test précédente</translation>
    </message>
    <message>
        <source>&amp;Run the meeting test</source>
        <translation>&amp;Lancer le test de réunion</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Steps of the meeting test</source>
        <translation>Étapes du test de réunion</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>RegisterAppPage</name>
    <message>
        <source>Register the app in the Azure portal</source>
        <translation>Inscrire l&apos;application dans le portail Azure</translation>
    </message>
    <message>
        <source>Open the portal, do each step and tick it. Every value to paste is one Copy click away.</source>
        <translation>Ouvrez le portail, faites chaque étape et cochez-la. Chaque valeur à coller est à un clic de Copier.</translation>
    </message>
    <message>
        <source>&amp;Open the Azure portal</source>
        <translation>&amp;Ouvrir le portail Azure</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the connector config</source>
        <translation>Enregistrer la configuration du connecteur</translation>
    </message>
    <message>
        <source>Check the summary, save the config, and export a copy for the FlexO server.</source>
        <translation>Vérifiez le résumé, enregistrez la configuration et exportez une copie pour le serveur FlexO.</translation>
    </message>
    <message>
        <source>Summary of the values and checks</source>
        <translation>Résumé des valeurs et des vérifications</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Enregistrer &amp;dans :</translation>
    </message>
    <message>
        <source>Config file location</source>
        <translation>Emplacement du fichier de configuration</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The client secret goes to your system keychain; the config file only says where to find it.</source>
        <translation>Le secret client va dans le trousseau du système ; le fichier de configuration indique seulement où le trouver.</translation>
    </message>
    <message>
        <source>Export for the FlexO server</source>
        <translation>Export pour le serveur FlexO</translation>
    </message>
    <message>
        <source>&amp;Include the client secret in the exported file</source>
        <translation>&amp;Inclure le secret client dans le fichier exporté</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Test sign-in</source>
        <translation>Connexion de test</translation>
    </message>
    <message>
        <source>Sign in once as FlexO users will: this proves the redirect, the consent and the permissions.</source>
        <translation>Connectez-vous une fois comme le feront les utilisateurs de FlexO : cela prouve la redirection, le consentement et les autorisations.</translation>
    </message>
    <message>
        <source>Your browser opens Microsoft&apos;s sign-in page. Sign in with an account of your organisation that has a Teams licence and accept the permissions. The browser then comes back to this wizard on your own computer; nothing is sent anywhere else.</source>
        <translation>Votre navigateur ouvre la page de connexion de Microsoft. Connectez-vous avec un compte de votre organisation qui a une licence Teams et acceptez les autorisations. Le navigateur revient ensuite à cet assistant sur votre propre ordinateur ; rien n&apos;est envoyé ailleurs.</translation>
    </message>
    <message>
        <source>&amp;Sign in in browser</source>
        <translation>&amp;Se connecter dans le navigateur</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to open it in another browser</source>
        <translation>Copier l&apos;adresse de connexion, pour l&apos;ouvrir dans un autre navigateur</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Message to send to your administrator</source>
        <translation>Message à envoyer à votre administrateur</translation>
    </message>
    <message>
        <source>Copy the &amp;message</source>
        <translation>Copier le &amp;message</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire :</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Autorisations :</translation>
    </message>
    <message>
        <source>Token refresh:</source>
        <translation>Renouvellement du jeton :</translation>
    </message>
    <message>
        <source>The browser did not come back?</source>
        <translation>Le navigateur n&apos;est pas revenu ?</translation>
    </message>
    <message>
        <source>Paste the &amp;address the browser ended on (its address bar), even an error page:</source>
        <translation>Collez l&apos;&amp;adresse où le navigateur s&apos;est arrêté (sa barre d&apos;adresse), même une page d&apos;erreur :</translation>
    </message>
    <message>
        <source>Address the browser was sent to</source>
        <translation>Adresse où le navigateur a été envoyé</translation>
    </message>
    <message>
        <source>http://localhost:…/flexo-teams-setup?code=… or the error page&apos;s address</source>
        <translation>http://localhost:…/flexo-teams-setup?code=… ou l&apos;adresse de la page d&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>&amp;Utiliser cette adresse</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect FlexO to Microsoft Teams</source>
        <translation>Connecter FlexO à Microsoft Teams</translation>
    </message>
    <message>
        <source>This wizard registers FlexO with Microsoft Entra ID, checks every value against Microsoft, and saves a connector config you can trust.</source>
        <translation>Cet assistant inscrit FlexO dans Microsoft Entra ID, vérifie chaque valeur auprès de Microsoft et enregistre une configuration de connecteur fiable.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Before you start, have at hand:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;an Azure administrator account for your organisation (one that may register applications and grant admin consent, such as a Global Administrator);&lt;/li&gt;&lt;li&gt;a FlexO administrator account;&lt;/li&gt;&lt;li&gt;the FlexO redirect URI(s) and lifecycle URL that your FlexO representative sent you.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;It takes about fifteen minutes. You will leave the wizard only to use the Azure portal and the Microsoft sign-in page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Avant de commencer, ayez sous la main :&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;un compte administrateur Azure de votre organisation (qui peut inscrire des applications et accorder le consentement administrateur, par exemple un administrateur général) ;&lt;/li&gt;&lt;li&gt;un compte administrateur FlexO ;&lt;/li&gt;&lt;li&gt;la ou les URI de redirection FlexO et l&apos;URL de cycle de vie envoyées par votre représentant FlexO.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Comptez environ quinze minutes. Vous ne quitterez l&apos;assistant que pour le portail Azure et la page de connexion de Microsoft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Que voulez-vous faire ?</translation>
    </message>
    <message>
        <source>&amp;Set up a new connection</source>
        <translation>&amp;Configurer une nouvelle connexion</translation>
    </message>
    <message>
        <source>&amp;Check an existing connector config</source>
        <translation>&amp;Vérifier une configuration existante</translation>
    </message>
    <message>
        <source>&amp;Open a config file…</source>
        <translation>&amp;Ouvrir un fichier de configuration…</translation>
    </message>
</context>
<context>
    <name>flexo::SignInCheck</name>
    <message>
        <source>No sign-in is waiting for an answer.</source>
        <translation>Aucune connexion n&apos;attend de réponse.</translation>
    </message>
</context>
<context>
    <name>flexo::ui</name>
    <message>
        <source>Check a config</source>
        <translation>Vérifier une configuration</translation>
    </message>
    <message>
        <source>This build has no diagnose view. Run &quot;flexo-teams-setup diagnose %1&quot; in a terminal instead.</source>
        <translation>Cette version n&apos;a pas de vue de diagnostic. Lancez plutôt « flexo-teams-setup diagnose %1 » dans un terminal.</translation>
    </message>
    <message>
        <source>FlexO Teams Setup</source>
        <translation>Configuration FlexO Teams</translation>
    </message>
    <message>
        <source>Sets up and checks the Microsoft Teams connector of a FlexO server.</source>
        <translation>Configure et vérifie le connecteur Microsoft Teams d&apos;un serveur FlexO.</translation>
    </message>
    <message>
        <source>Start with the Custom cloud, sign-in and Graph at &lt;url&gt;.</source>
        <translation>Démarrer avec le cloud personnalisé, connexion et Graph à &lt;url&gt;.</translation>
    </message>
    <message>
        <source>Use a dark colour scheme.</source>
        <translation>Utiliser un thème sombre.</translation>
    </message>
    <message>
        <source>A connector config to check.</source>
        <translation>Une configuration de connecteur à vérifier.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::CloudTenantPage</name>
    <message>
        <source>Global (also US Government GCC)</source>
        <translation>Mondial (aussi US Government GCC)</translation>
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
        <translation>Chine (exploité par 21Vianet)</translation>
    </message>
    <message>
        <source>Custom (sign-in and Graph addresses of your own)</source>
        <translation>Personnalisé (vos propres adresses de connexion et Graph)</translation>
    </message>
    <message>
        <source>The tenant check was cancelled.</source>
        <translation>La vérification du locataire a été annulée.</translation>
    </message>
    <message>
        <source>Press Check tenant to try again.</source>
        <translation>Appuyez sur Vérifier le locataire pour réessayer.</translation>
    </message>
    <message>
        <source>Teams online meetings are not available in this cloud.</source>
        <translation>Les réunions Teams en ligne ne sont pas disponibles dans ce cloud.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not offer online meetings in Microsoft 365 operated by 21Vianet, so FlexO cannot create Teams meetings there.</source>
        <translation>Microsoft Graph ne propose pas de réunions en ligne dans Microsoft 365 exploité par 21Vianet : FlexO ne peut donc pas y créer de réunions Teams.</translation>
    </message>
    <message>
        <source>If your organisation also has a tenant in another cloud, choose that cloud. Otherwise the FlexO Teams connector cannot be used.</source>
        <translation>Si votre organisation a aussi un locataire dans un autre cloud, choisissez ce cloud. Sinon, le connecteur FlexO Teams ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Asking Microsoft about this tenant…</source>
        <translation>Interrogation de Microsoft sur ce locataire…</translation>
    </message>
    <message>
        <source>Choose the CA file of your proxy</source>
        <translation>Choisir le fichier d&apos;AC de votre proxy</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>flexo::ui::CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>flexo::ui::CredentialsPage</name>
    <message>
        <source>Verify the client ID and secret with Microsoft</source>
        <translation>Vérifier l&apos;ID client et le secret auprès de Microsoft</translation>
    </message>
    <message>
        <source>I don&apos;t know the expiry date</source>
        <translation>Je ne connais pas la date d&apos;expiration</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>Masquer le secret client</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Afficher le secret client</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>Press Verify to try again.</source>
        <translation>Appuyez sur Vérifier pour réessayer.</translation>
    </message>
    <message>
        <source>Without the expiry date, nobody is warned before the secret stops working.</source>
        <translation>Sans la date d&apos;expiration, personne n&apos;est averti avant que le secret cesse de fonctionner.</translation>
    </message>
    <message>
        <source>The date is in the portal, under Certificates &amp; secrets, in the Expires column.</source>
        <translation>La date se trouve dans le portail, sous Certificats et secrets, colonne Expire.</translation>
    </message>
    <message>
        <source>Asking Microsoft to accept the client ID and secret…</source>
        <translation>Demande à Microsoft d&apos;accepter l&apos;ID client et le secret…</translation>
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
        <translation>Vérifier un connecteur Teams</translation>
    </message>
    <message>
        <source>Open a connector config to check it.</source>
        <translation>Ouvrez une configuration de connecteur pour la vérifier.</translation>
    </message>
    <message>
        <source>Client secret (when not in the keychain):</source>
        <translation>Secret client (s&apos;il n&apos;est pas dans le trousseau) :</translation>
    </message>
    <message>
        <source>used for this check only, never saved</source>
        <translation>utilisé pour cette vérification seulement, jamais enregistré</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&amp;Open config…</source>
        <translation>&amp;Ouvrir une configuration…</translation>
    </message>
    <message>
        <source>&amp;Run checks again</source>
        <translation>&amp;Relancer les vérifications</translation>
    </message>
    <message>
        <source>Test &amp;sign-in and meeting…</source>
        <translation>Tester la &amp;connexion et la réunion…</translation>
    </message>
    <message>
        <source>Signs in in your browser and creates and deletes a probe Teams meeting.</source>
        <translation>Se connecte dans votre navigateur, puis crée et supprime une réunion Teams de test.</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Open a connector config</source>
        <translation>Ouvrir une configuration de connecteur</translation>
    </message>
    <message>
        <source>Connector configs (*.json);;All files (*)</source>
        <translation>Configurations de connecteur (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This config cannot be checked.</source>
        <translation>Cette configuration ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>Check a Teams connector — %1</source>
        <translation>Vérifier un connecteur Teams — %1</translation>
    </message>
    <message>
        <source>Tenant %1, client ID %2, cloud %3</source>
        <translation>Locataire %1, ID client %2, cloud %3</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause :</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Solution :</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>AADSTS code</source>
        <translation>Code AADSTS</translation>
    </message>
    <message>
        <source>OAuth error</source>
        <translation>Erreur OAuth</translation>
    </message>
    <message>
        <source>Graph error code</source>
        <translation>Code d&apos;erreur Graph</translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation>ID de trace</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Heure du serveur</translation>
    </message>
    <message>
        <source>Observed:</source>
        <translation>Observé :</translation>
    </message>
    <message>
        <source>Microsoft&apos;s page about this error</source>
        <translation>Page de Microsoft sur cette erreur</translation>
    </message>
</context>
<context>
    <name>flexo::ui::FlexoAddressesPage</name>
    <message>
        <source>Add the new redirect URI</source>
        <translation>Ajouter la nouvelle URI de redirection</translation>
    </message>
    <message>
        <source>Edit the selected redirect URI</source>
        <translation>Modifier l&apos;URI de redirection sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected redirect URI</source>
        <translation>Retirer l&apos;URI de redirection sélectionnée</translation>
    </message>
</context>
<context>
    <name>flexo::ui::MeetingTestPage</name>
    <message>
        <source>Run the meeting test</source>
        <translation>Lancer le test de réunion</translation>
    </message>
    <message>
        <source>Cancel the meeting test</source>
        <translation>Annuler le test de réunion</translation>
    </message>
    <message>
        <source>Delete the test meeting left by an earlier run</source>
        <translation>Supprimer la réunion de test laissée par une exécution précédente</translation>
    </message>
    <message>
        <source>Create a test meeting in Teams</source>
        <translation>Créer une réunion de test dans Teams</translation>
    </message>
    <message>
        <source>Delete it and confirm that it is gone</source>
        <translation>La supprimer et confirmer qu&apos;elle a disparu</translation>
    </message>
    <message>
        <source>Deleting the earlier test meeting…</source>
        <translation>Suppression de la réunion de test précédente…</translation>
    </message>
    <message>
        <source>The meeting test was cancelled.</source>
        <translation>Le test de réunion a été annulé.</translation>
    </message>
    <message>
        <source>Press Run the meeting test to try again.</source>
        <translation>Appuyez sur Lancer le test de réunion pour réessayer.</translation>
    </message>
    <message>
        <source>FlexO will be able to create and delete Teams meetings.</source>
        <translation>FlexO pourra créer et supprimer des réunions Teams.</translation>
    </message>
    <message>
        <source>The earlier test meeting was deleted.</source>
        <translation>La réunion de test précédente a été supprimée.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>A test meeting from an earlier run may still be in the signed-in account.</source>
        <translation>Une réunion de test d&apos;une exécution précédente est peut-être encore dans le compte connecté.</translation>
    </message>
    <message>
        <source>An earlier run stopped after creating its &quot;FlexO connection test&quot; meeting and before deleting it.</source>
        <translation>Une exécution précédente s&apos;est arrêtée après avoir créé sa réunion « FlexO connection test » et avant de la supprimer.</translation>
    </message>
    <message>
        <source>Press Delete the earlier test meeting; it needs the test sign-in of the same account.</source>
        <translation>Appuyez sur Supprimer la réunion de test précédente ; il faut la connexion de test du même compte.</translation>
    </message>
    <message>
        <source>Meeting id: %1</source>
        <translation>ID de la réunion : %1</translation>
    </message>
    <message>
        <source>Join link: %1</source>
        <translation>Lien pour rejoindre : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier test meeting(s) could not be deleted and must be removed by hand.</source>
        <translation>
            <numerusform>%n réunion de test précédente n'a pas pu être supprimée : supprimez-la à la main.</numerusform>
            <numerusform>%n réunions de test précédentes n'ont pas pu être supprimées : supprimez-les à la main.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the calendar of the signed-in account in Teams or Outlook and delete the &quot;FlexO connection test&quot; meeting(s) listed here, or try Delete the earlier test meeting again later.</source>
        <translation>Ouvrez le calendrier du compte connecté dans Teams ou Outlook et supprimez la ou les réunions « FlexO connection test » indiquées ici, ou réessayez plus tard avec Supprimer la réunion de test précédente.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::MessageWidget</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy this message as text, for example for a support ticket</source>
        <translation>Copier ce message en texte, par exemple pour un ticket de support</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Que faire :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>trace ID %1</source>
        <translation>ID de trace %1</translation>
    </message>
    <message>
        <source>correlation ID %1</source>
        <translation>ID de corrélation %1</translation>
    </message>
    <message>
        <source>request ID %1</source>
        <translation>ID de requête %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>flexo::ui::RegisterAppPage</name>
    <message>
        <source>Open the Azure portal in the browser</source>
        <translation>Ouvrir le portail Azure dans le navigateur</translation>
    </message>
    <message>
        <source>1. Create the app registration</source>
        <translation>1. Créer l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <source>In the portal, open Microsoft Entra ID, then App registrations, then New registration. Give it a name your colleagues will recognise and keep &quot;Accounts in this organizational directory only&quot;.</source>
        <translation>Dans le portail, ouvrez Microsoft Entra ID, puis Inscriptions d&apos;applications, puis Nouvelle inscription. Donnez-lui un nom que vos collègues reconnaîtront et gardez « Comptes dans cet annuaire d&apos;organisation uniquement ».</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nom de l&apos;application</translation>
    </message>
    <message>
        <source>FlexO Teams connector</source>
        <translation>Connecteur FlexO Teams</translation>
    </message>
    <message>
        <source>2. Add the redirect URIs on the Web platform</source>
        <translation>2. Ajouter les URI de redirection sur la plateforme Web</translation>
    </message>
    <message>
        <source>Under Redirect URI choose the platform &quot;Web&quot; and enter the first address below; after Register, open Authentication and add the others to the same Web platform. The first one lets this wizard test the sign-in; the FlexO ones come from your FlexO representative.</source>
        <translation>Sous URI de redirection, choisissez la plateforme « Web » et saisissez la première adresse ci-dessous ; après Inscrire, ouvrez Authentification et ajoutez les autres à la même plateforme Web. La première permet à cet assistant de tester la connexion ; celles de FlexO viennent de votre représentant FlexO.</translation>
    </message>
    <message>
        <source>3. Turn on ID tokens</source>
        <translation>3. Activer les jetons d&apos;ID</translation>
    </message>
    <message>
        <source>Still under Authentication, in &quot;Implicit grant and hybrid flows&quot;, tick &quot;ID tokens&quot; and press Save.</source>
        <translation>Toujours sous Authentification, dans « Octroi implicite et flux hybrides », cochez « Jetons d&apos;ID » et appuyez sur Enregistrer.</translation>
    </message>
    <message>
        <source>4. Add the Teams meeting permission</source>
        <translation>4. Ajouter l&apos;autorisation des réunions Teams</translation>
    </message>
    <message>
        <source>Open API permissions, press Add a permission, choose Microsoft Graph, then Delegated permissions, search for the permission below, tick it and press Add permissions.</source>
        <translation>Ouvrez Autorisations des API, appuyez sur Ajouter une autorisation, choisissez Microsoft Graph, puis Autorisations déléguées, cherchez l&apos;autorisation ci-dessous, cochez-la et appuyez sur Ajouter des autorisations.</translation>
    </message>
    <message>
        <source>Delegated permission</source>
        <translation>Autorisation déléguée</translation>
    </message>
    <message>
        <source>5. Grant admin consent</source>
        <translation>5. Accorder le consentement administrateur</translation>
    </message>
    <message>
        <source>6. Create a client secret</source>
        <translation>6. Créer un secret client</translation>
    </message>
    <message>
        <source>Open Certificates &amp; secrets, then Client secrets, then New client secret. Choose the longest lifetime your policy allows, at most 24 months, and note the expiry date. Copy the &lt;b&gt;Value&lt;/b&gt; column right away: the portal shows it only once. The Secret ID column is not the secret.</source>
        <translation>Ouvrez Certificats et secrets, puis Secrets client, puis Nouveau secret client. Choisissez la plus longue durée permise par votre politique, 24 mois au plus, et notez la date d&apos;expiration. Copiez tout de suite la colonne &lt;b&gt;Valeur&lt;/b&gt; : le portail ne l&apos;affiche qu&apos;une fois. La colonne ID du secret n&apos;est pas le secret.</translation>
    </message>
    <message>
        <source>Secret description</source>
        <translation>Description du secret</translation>
    </message>
    <message>
        <source>FlexO connector</source>
        <translation>Connecteur FlexO</translation>
    </message>
    <message>
        <source>7. Copy the Application (client) ID</source>
        <translation>7. Copier l&apos;ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>On the app&apos;s Overview page, copy &quot;Application (client) ID&quot;. You paste it, with the secret Value, on the next page.</source>
        <translation>Sur la page Vue d&apos;ensemble de l&apos;application, copiez « ID d&apos;application (client) ». Vous le collerez, avec la Valeur du secret, à la page suivante.</translation>
    </message>
    <message>
        <source>A Custom cloud has no known portal: use your cloud&apos;s own.</source>
        <translation>Un cloud personnalisé n&apos;a pas de portail connu : utilisez celui de votre cloud.</translation>
    </message>
    <message>
        <source>your organisation</source>
        <translation>votre organisation</translation>
    </message>
    <message>
        <source>Back in API permissions, press &quot;Grant admin consent for %1&quot; and confirm. The Status column then shows a green tick for every permission; without it each FlexO user would have to agree on their own, or could not at all.</source>
        <translation>De retour dans Autorisations des API, appuyez sur « Accorder un consentement d&apos;administrateur pour %1 » et confirmez. La colonne État affiche alors une coche verte pour chaque autorisation ; sinon chaque utilisateur FlexO devrait consentir lui-même, ou ne le pourrait pas.</translation>
    </message>
    <message>
        <source>Test sign-in URI</source>
        <translation>URI de la connexion de test</translation>
    </message>
    <message>
        <source>FlexO redirect URI</source>
        <translation>URI de redirection FlexO</translation>
    </message>
    <message>
        <source>Add FlexO&apos;s own redirect URIs as well, as your FlexO representative sent them; you enter them in this wizard too, on the FlexO addresses page.</source>
        <translation>Ajoutez aussi les URI de redirection de FlexO envoyées par votre représentant FlexO ; vous les saisirez aussi dans cet assistant, à la page Adresses FlexO.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 étapes sur %2 faites</translation>
    </message>
</context>
<context>
    <name>flexo::ui::ReportPreviewDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
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
        <translation>Masquer les &amp;noms d&apos;utilisateur</translation>
    </message>
    <message>
        <source>This is exactly what will be saved. It holds no secret and no token: the client secret appears only as its first three characters and its length.</source>
        <translation>Voici exactement ce qui sera enregistré. Aucun secret ni jeton : le secret client n&apos;apparaît que par ses trois premiers caractères et sa longueur.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::SavePage</name>
    <message>
        <source>Global</source>
        <translation>Mondial</translation>
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
        <translation>Chine (exploité par 21Vianet)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Save the config and put the secret in the keychain</source>
        <translation>Enregistrer la configuration et mettre le secret dans le trousseau</translation>
    </message>
    <message>
        <source>Export the config for the FlexO server</source>
        <translation>Exporter la configuration pour le serveur FlexO</translation>
    </message>
    <message>
        <source>Choose where to save the config</source>
        <translation>Choisir où enregistrer la configuration</translation>
    </message>
    <message>
        <source>Include the client secret in the exported file</source>
        <translation>Inclure le secret client dans le fichier exporté</translation>
    </message>
    <message>
        <source>Export with the &amp;secret instead…</source>
        <translation>Exporter plutôt avec le &amp;secret…</translation>
    </message>
    <message>
        <source>The exported file will contain the client secret in clear text.</source>
        <translation>Le fichier exporté contiendra le secret client en clair.</translation>
    </message>
    <message>
        <source>Anyone who can read the file can act as the FlexO app in your tenant until the secret expires.</source>
        <translation>Quiconque peut lire le fichier peut agir comme l&apos;application FlexO dans votre locataire jusqu&apos;à l&apos;expiration du secret.</translation>
    </message>
    <message>
        <source>The file is made readable by you only. Copy it to the FlexO server over a secure channel, then delete it. Without this option, type the secret into FlexO yourself.</source>
        <translation>Le fichier n&apos;est lisible que par vous. Copiez-le sur le serveur FlexO par un canal sûr, puis supprimez-le. Sans cette option, saisissez vous-même le secret dans FlexO.</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Sign-in base URL</source>
        <translation>URL de base de connexion</translation>
    </message>
    <message>
        <source>Graph base URL</source>
        <translation>URL de base Graph</translation>
    </message>
    <message>
        <source>Tenant domain</source>
        <translation>Domaine du locataire</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID du locataire</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1… (%2 characters, kept in the keychain)</source>
        <translation>%1… (%2 caractères, gardé dans le trousseau)</translation>
    </message>
    <message>
        <source>Secret expires on</source>
        <translation>Le secret expire le</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>FlexO redirect URI</source>
        <translation>URI de redirection FlexO</translation>
    </message>
    <message>
        <source>Lifecycle URL</source>
        <translation>URL de cycle de vie</translation>
    </message>
    <message>
        <source>Test sign-in URI</source>
        <translation>URI de la connexion de test</translation>
    </message>
    <message>
        <source>Connector enabled</source>
        <translation>Connecteur activé</translation>
    </message>
    <message>
        <source>no: enable it in FlexO once the config is in place</source>
        <translation>non : activez-le dans FlexO une fois la configuration en place</translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation>Fichier d&apos;AC supplémentaire de confiance</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Save the connector config</source>
        <translation>Enregistrer la configuration du connecteur</translation>
    </message>
    <message>
        <source>Connector configs (*.json)</source>
        <translation>Configurations de connecteur (*.json)</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain and the config…</source>
        <translation>Enregistrement du secret dans le trousseau et de la configuration…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>The client secret is in your keychain. Export a copy for the FlexO server below if you need one, then press Finish.</source>
        <translation>Le secret client est dans votre trousseau. Exportez ci-dessous une copie pour le serveur FlexO si besoin, puis appuyez sur Terminer.</translation>
    </message>
    <message>
        <source>The keychain is not available, so nothing was saved.</source>
        <translation>Le trousseau n&apos;est pas disponible : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Or export the config with the secret to a file only you can read, and keep that file safe.</source>
        <translation>Ou exportez la configuration avec le secret dans un fichier lisible par vous seul, et gardez ce fichier en lieu sûr.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>Write the secret into the file?</source>
        <translation>Écrire le secret dans le fichier ?</translation>
    </message>
    <message>
        <source>%1 will contain the client secret in clear text. Anyone who can read it can act as the FlexO app in your tenant. It will be readable by you only.</source>
        <translation>%1 contiendra le secret client en clair. Quiconque peut le lire peut agir comme l&apos;application FlexO dans votre locataire. Il ne sera lisible que par vous.</translation>
    </message>
    <message>
        <source>Export with the secret</source>
        <translation>Exporter avec le secret</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>The file holds the secret: move it to the FlexO server securely and delete this copy.</source>
        <translation>Le fichier contient le secret : transférez-le sur le serveur FlexO de façon sûre et supprimez cette copie.</translation>
    </message>
    <message>
        <source>The file holds no secret: type the secret into FlexO&apos;s Teams settings yourself.</source>
        <translation>Le fichier ne contient pas le secret : saisissez-le vous-même dans les réglages Teams de FlexO.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::SetupController</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>Aucun trousseau n&apos;est configuré.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::SetupWizard</name>
    <message>
        <source>FlexO Teams Setup</source>
        <translation>Configuration FlexO Teams</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stop what is running and close the wizard</source>
        <translation>Arrêter ce qui est en cours et fermer l&apos;assistant</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Fermer sans enregistrer ?</translation>
    </message>
    <message>
        <source>The connector config has not been saved. If you close now, what you entered and the results of the checks are lost.</source>
        <translation>La configuration du connecteur n&apos;a pas été enregistrée. Si vous fermez maintenant, vos saisies et les résultats des vérifications sont perdus.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>flexo::ui::SignInPage</name>
    <message>
        <source>Sign in in the browser</source>
        <translation>Se connecter dans le navigateur</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Copier le lien de connexion</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Use the pasted address</source>
        <translation>Utiliser l&apos;adresse collée</translation>
    </message>
    <message>
        <source>Copy the message for your administrator</source>
        <translation>Copier le message pour votre administrateur</translation>
    </message>
    <message>
        <source>Value to copy</source>
        <translation>Valeur à copier</translation>
    </message>
    <message>
        <source>The sign-in link is on the clipboard. Open it in the browser where you are signed in as the right account; this wizard waits for the answer.</source>
        <translation>Le lien de connexion est dans le presse-papiers. Ouvrez-le dans le navigateur où vous êtes connecté avec le bon compte ; cet assistant attend la réponse.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Sign in in browser</source>
        <translation>&amp;Se connecter dans le navigateur</translation>
    </message>
    <message>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Ouverture de la page de connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>The sign-in link is on the clipboard. This wizard waits for the answer.</source>
        <translation>Le lien de connexion est dans le presse-papiers. Cet assistant attend la réponse.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser and accept the permissions. If the browser shows an error or never comes back, paste its address below, or press Cancel sign-in.</source>
        <translation>En attente de votre connexion dans le navigateur et de l&apos;acceptation des autorisations. Si le navigateur affiche une erreur ou ne revient pas, collez son adresse ci-dessous, ou appuyez sur Annuler la connexion.</translation>
    </message>
    <message>
        <source>Signed in. Checking that the sign-in can be renewed…</source>
        <translation>Connecté. Vérification que la connexion peut être renouvelée…</translation>
    </message>
    <message>
        <source>Checking the tenant and the app before the sign-in…</source>
        <translation>Vérification du locataire et de l&apos;application avant la connexion…</translation>
    </message>
    <message>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OnlineMeetings.ReadWrite: granted</source>
        <translation>OnlineMeetings.ReadWrite : accordée</translation>
    </message>
    <message>
        <source>OnlineMeetings.ReadWrite: missing</source>
        <translation>OnlineMeetings.ReadWrite : manquante</translation>
    </message>
    <message>
        <source>All granted: %1</source>
        <translation>Tout ce qui est accordé : %1</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>Se connecter à &amp;nouveau</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>URI de redirection à inscrire</translation>
    </message>
    <message>
        <source>In the portal, open the app&apos;s Authentication page, add this address to the Web platform, press Save, then press Try again:</source>
        <translation>Dans le portail, ouvrez la page Authentification de l&apos;application, ajoutez cette adresse à la plateforme Web, appuyez sur Enregistrer, puis sur Réessayer :</translation>
    </message>
    <message>
        <source>Admin consent needed</source>
        <translation>Consentement administrateur requis</translation>
    </message>
    <message>
        <source>Send this link to a Global Administrator of the tenant. When they have opened it and accepted, press Try again:</source>
        <translation>Envoyez ce lien à un administrateur général du locataire. Quand il l&apos;a ouvert et accepté, appuyez sur Réessayer :</translation>
    </message>
    <message>
        <source>Admin-consent link</source>
        <translation>Lien de consentement administrateur</translation>
    </message>
    <message>
        <source>Hello,

FlexO, our meeting room booking system, needs to create Microsoft Teams meetings for the people who book rooms. For that its app registration asks for the delegated Microsoft Graph permission OnlineMeetings.ReadWrite (create and change online meetings on behalf of the signed-in user). Only an administrator can grant it for our organisation.

Could you open this link, sign in with your administrator account and accept?

%1

Thank you.</source>
        <translation>Bonjour,

FlexO, notre système de réservation de salles, doit créer des réunions Microsoft Teams pour les personnes qui réservent. Pour cela, son inscription d&apos;application demande l&apos;autorisation Microsoft Graph déléguée OnlineMeetings.ReadWrite (créer et modifier des réunions en ligne au nom de l&apos;utilisateur connecté). Seul un administrateur peut l&apos;accorder pour notre organisation.

Pourriez-vous ouvrir ce lien, vous connecter avec votre compte administrateur et accepter ?

%1

Merci.</translation>
    </message>
    <message>
        <source>Signed in, and the sign-in can be renewed: press Next.</source>
        <translation>Connecté, et la connexion peut être renouvelée : appuyez sur Suivant.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::Status</name>
    <message>
        <source>not run</source>
        <translation>non lancée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>flexo::ui::WelcomePage</name>
    <message>
        <source>Set up a new connection</source>
        <translation>Configurer une nouvelle connexion</translation>
    </message>
    <message>
        <source>Check an existing connector config</source>
        <translation>Vérifier une configuration de connecteur existante</translation>
    </message>
    <message>
        <source>Open a config file to check</source>
        <translation>Ouvrir un fichier de configuration à vérifier</translation>
    </message>
    <message>
        <source>Open a connector config</source>
        <translation>Ouvrir une configuration de connecteur</translation>
    </message>
    <message>
        <source>Connector configs (*.json);;All files (*)</source>
        <translation>Configurations de connecteur (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A test meeting from an earlier run may still exist.</source>
        <translation>Une réunion de test d&apos;une exécution précédente existe peut-être encore.</translation>
    </message>
    <message>
        <source>The wizard was interrupted after creating its &quot;FlexO connection test&quot; meeting, before it could delete it.</source>
        <translation>L&apos;assistant a été interrompu après avoir créé sa réunion « FlexO connection test », avant de pouvoir la supprimer.</translation>
    </message>
    <message>
        <source>Go on with the setup: after the test sign-in, the Teams meeting test page offers to delete it.</source>
        <translation>Poursuivez la configuration : après la connexion de test, la page Test de réunion Teams propose de la supprimer.</translation>
    </message>
</context>
</TS>
