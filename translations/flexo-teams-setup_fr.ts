<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AadstsCatalog</name>
    <message>
        <source>Microsoft does not know this tenant.</source>
        <translation>Microsoft ne connaît pas ce locataire.</translation>
    </message>
    <message>
        <source>Copy the Directory (tenant) ID from the app registration&apos;s Overview page and check the cloud selected in FlexO.</source>
        <translation>Copiez l&apos;ID de l&apos;annuaire (locataire) depuis la page Vue d&apos;ensemble de l&apos;inscription d&apos;application et vérifiez le cloud sélectionné dans FlexO.</translation>
    </message>
    <message>
        <source>The tenant identifier is not valid.</source>
        <translation>L&apos;identifiant du locataire n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The tenant value is neither a tenant ID (a GUID) nor a domain name of the tenant.</source>
        <translation>La valeur du locataire n&apos;est ni un ID de locataire (un GUID) ni un nom de domaine du locataire.</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID shown on the app registration&apos;s Overview page.</source>
        <translation>Saisissez l&apos;ID de l&apos;annuaire (locataire) affiché sur la page Vue d&apos;ensemble de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>The application was not found in this tenant.</source>
        <translation>L&apos;application est introuvable dans ce locataire.</translation>
    </message>
    <message>
        <source>No app registration with this Application (client) ID exists in the tenant. Very often the Object ID was pasted instead of the Application (client) ID, or the app was registered in another tenant.</source>
        <translation>Aucune inscription d&apos;application portant cet ID d&apos;application (client) n&apos;existe dans le locataire. Très souvent, l&apos;ID d&apos;objet a été collé à la place de l&apos;ID d&apos;application (client), ou l&apos;application a été inscrite dans un autre locataire.</translation>
    </message>
    <message>
        <source>Open the app registration&apos;s Overview page and copy the value labelled &quot;Application (client) ID&quot; (not &quot;Object ID&quot;), and check that the tenant ID shown there is the one configured in FlexO.</source>
        <translation>Ouvrez la page Vue d&apos;ensemble de l&apos;inscription d&apos;application et copiez la valeur intitulée « ID d&apos;application (client) » (et non « ID d&apos;objet »), puis vérifiez que l&apos;ID de locataire qui y figure est bien celui configuré dans FlexO.</translation>
    </message>
    <message>
        <source>Microsoft refused the client secret.</source>
        <translation>Microsoft a refusé le secret client.</translation>
    </message>
    <message>
        <source>The secret does not match any secret of the app. Very often the Secret ID was pasted instead of the secret&apos;s Value, or the secret was deleted.</source>
        <translation>Le secret ne correspond à aucun secret de l&apos;application. Très souvent, l&apos;ID de secret a été collé à la place de la Valeur du secret, ou le secret a été supprimé.</translation>
    </message>
    <message>
        <source>Under Certificates &amp; secrets, create a new client secret and copy its Value column (not the Secret ID) right away: the portal shows it only once. Then enter it in FlexO.</source>
        <translation>Sous Certificats et secrets, créez un nouveau secret client et copiez immédiatement sa colonne Valeur (et non l&apos;ID de secret) : le portail ne l&apos;affiche qu&apos;une seule fois. Saisissez-la ensuite dans FlexO.</translation>
    </message>
    <message>
        <source>The client secret has expired.</source>
        <translation>Le secret client a expiré.</translation>
    </message>
    <message>
        <source>Client secrets stop working on the expiry date shown under Certificates &amp; secrets.</source>
        <translation>Les secrets client cessent de fonctionner à la date d&apos;expiration indiquée sous Certificats et secrets.</translation>
    </message>
    <message>
        <source>Create a new client secret (it can last at most 24 months), copy its Value, enter it and its expiry date in FlexO, and plan its renewal before that date.</source>
        <translation>Créez un nouveau secret client (sa durée maximale est de 24 mois), copiez sa Valeur, saisissez-la avec sa date d&apos;expiration dans FlexO et prévoyez son renouvellement avant cette date.</translation>
    </message>
    <message>
        <source>No client secret was sent.</source>
        <translation>Aucun secret client n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The app is a confidential (Web) application, so Microsoft wants its client secret, and FlexO has none.</source>
        <translation>L&apos;application est une application confidentielle (Web) : Microsoft exige donc son secret client, et FlexO n&apos;en a aucun.</translation>
    </message>
    <message>
        <source>Enter the client secret&apos;s Value in FlexO.</source>
        <translation>Saisissez la Valeur du secret client dans FlexO.</translation>
    </message>
    <message>
        <source>A required value was missing from the request.</source>
        <translation>Une valeur obligatoire manquait dans la requête.</translation>
    </message>
    <message>
        <source>Microsoft names the missing value in its description; most often it is the client secret or the client ID.</source>
        <translation>Microsoft indique la valeur manquante dans sa description ; le plus souvent, il s&apos;agit du secret client ou de l&apos;ID client.</translation>
    </message>
    <message>
        <source>Check that the client ID and the client secret are filled in FlexO.</source>
        <translation>Vérifiez que l&apos;ID client et le secret client sont renseignés dans FlexO.</translation>
    </message>
    <message>
        <source>The redirect URI is not registered for the application.</source>
        <translation>L&apos;URI de redirection n&apos;est pas inscrit pour l&apos;application.</translation>
    </message>
    <message>
        <source>Microsoft only sends the sign-in answer to an address registered on the app, and the one FlexO used is missing (or differs in case, path or trailing slash).</source>
        <translation>Microsoft n&apos;envoie la réponse de connexion qu&apos;à une adresse inscrite sur l&apos;application, et celle utilisée par FlexO est absente (ou diffère par la casse, le chemin ou la barre oblique finale).</translation>
    </message>
    <message>
        <source>Under Authentication, add the redirect URI below on the Web platform (not &quot;Mobile and desktop applications&quot;, which makes the app public and refuses the secret with AADSTS700025). The port does not matter for localhost addresses.</source>
        <translation>Sous Authentification, ajoutez l&apos;URI de redirection ci-dessous sur la plateforme Web (et non « Applications mobiles et de bureau », qui rend l&apos;application publique et fait refuser le secret avec AADSTS700025). Le port n&apos;a pas d&apos;importance pour les adresses localhost.</translation>
    </message>
    <message>
        <source>Nobody has consented to the app&apos;s permissions yet.</source>
        <translation>Personne n&apos;a encore donné son consentement aux autorisations de l&apos;application.</translation>
    </message>
    <message>
        <source>The app asks for the delegated permission OnlineMeetings.ReadWrite, and neither the user nor an administrator has granted it.</source>
        <translation>L&apos;application demande l&apos;autorisation déléguée OnlineMeetings.ReadWrite, et ni l&apos;utilisateur ni un administrateur ne l&apos;a accordée.</translation>
    </message>
    <message>
        <source>The permission request was declined.</source>
        <translation>La demande d&apos;autorisation a été refusée.</translation>
    </message>
    <message>
        <source>The person signing in pressed Cancel on Microsoft&apos;s consent page.</source>
        <translation>La personne qui se connectait a cliqué sur Annuler sur la page de consentement de Microsoft.</translation>
    </message>
    <message>
        <source>An administrator must approve the app.</source>
        <translation>Un administrateur doit approuver l&apos;application.</translation>
    </message>
    <message>
        <source>The tenant does not let users consent to apps themselves (or the permission needs an administrator), so Microsoft showed &quot;Need admin approval&quot;.</source>
        <translation>Le locataire ne permet pas aux utilisateurs de consentir eux-mêmes aux applications (ou l&apos;autorisation requiert un administrateur) : Microsoft a donc affiché « Approbation de l&apos;administrateur nécessaire ».</translation>
    </message>
    <message>
        <source>The app lacks the basic sign-in permission.</source>
        <translation>L&apos;application n&apos;a pas l&apos;autorisation de connexion de base.</translation>
    </message>
    <message>
        <source>An app that signs users in needs at least the Microsoft Graph permission User.Read, and it was not granted.</source>
        <translation>Une application qui connecte des utilisateurs a besoin au minimum de l&apos;autorisation Microsoft Graph User.Read, et celle-ci n&apos;a pas été accordée.</translation>
    </message>
    <message>
        <source>Under API permissions, add the delegated Microsoft Graph permission User.Read and grant consent.</source>
        <translation>Sous Autorisations d&apos;API, ajoutez l&apos;autorisation déléguée Microsoft Graph User.Read et accordez le consentement.</translation>
    </message>
    <message>
        <source>This account does not belong to the tenant.</source>
        <translation>Ce compte n&apos;appartient pas au locataire.</translation>
    </message>
    <message>
        <source>The account used to sign in comes from another organisation or is a personal Microsoft account, and it is not a guest of this tenant.</source>
        <translation>Le compte utilisé pour se connecter provient d&apos;une autre organisation ou est un compte Microsoft personnel, et il n&apos;est pas invité dans ce locataire.</translation>
    </message>
    <message>
        <source>Sign in with an account of the configured tenant, in a private browser window or after signing out of the other account.</source>
        <translation>Connectez-vous avec un compte du locataire configuré, dans une fenêtre de navigation privée ou après vous être déconnecté de l&apos;autre compte.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the sign-in.</source>
        <translation>Une stratégie d&apos;accès conditionnel a bloqué la connexion.</translation>
    </message>
    <message>
        <source>A Conditional Access policy of the tenant does not allow this sign-in (device, location or application rules).</source>
        <translation>Une stratégie d&apos;accès conditionnel du locataire n&apos;autorise pas cette connexion (règles relatives à l&apos;appareil, à l&apos;emplacement ou à l&apos;application).</translation>
    </message>
    <message>
        <source>Ask the tenant&apos;s administrator to check the sign-in logs for this attempt (the correlation ID below finds it) and adjust the policy or use an allowed device.</source>
        <translation>Demandez à l&apos;administrateur du locataire de consulter les journaux de connexion pour cette tentative (l&apos;ID de corrélation ci-dessous permet de la retrouver) et d&apos;ajuster la stratégie, ou utilisez un appareil autorisé.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is required.</source>
        <translation>L&apos;authentification multifacteur est requise.</translation>
    </message>
    <message>
        <source>A policy requires a second factor for this sign-in and it was not completed.</source>
        <translation>Une stratégie exige un second facteur pour cette connexion, et il n&apos;a pas été fourni.</translation>
    </message>
    <message>
        <source>Run the test sign-in again in the browser and complete the second factor.</source>
        <translation>Relancez la connexion de test dans le navigateur et validez le second facteur.</translation>
    </message>
    <message>
        <source>The account must register for multi-factor authentication.</source>
        <translation>Le compte doit s&apos;inscrire à l&apos;authentification multifacteur.</translation>
    </message>
    <message>
        <source>The tenant requires multi-factor authentication and this account has not set it up yet.</source>
        <translation>Le locataire exige l&apos;authentification multifacteur, et ce compte ne l&apos;a pas encore configurée.</translation>
    </message>
    <message>
        <source>Sign in once at https://aka.ms/mfasetup to register a second factor, then run the test sign-in again.</source>
        <translation>Connectez-vous une fois sur https://aka.ms/mfasetup pour inscrire un second facteur, puis relancez la connexion de test.</translation>
    </message>
    <message>
        <source>The sign-in code was already used.</source>
        <translation>Le code de connexion a déjà été utilisé.</translation>
    </message>
    <message>
        <source>A sign-in code can be redeemed only once; this one was redeemed before (an old browser tab or a pasted address that was already used).</source>
        <translation>Un code de connexion ne peut être échangé qu&apos;une seule fois ; celui-ci l&apos;a déjà été (ancien onglet du navigateur ou adresse collée déjà utilisée).</translation>
    </message>
    <message>
        <source>Run the test sign-in again.</source>
        <translation>Relancez la connexion de test.</translation>
    </message>
    <message>
        <source>The sign-in proof (PKCE) did not match.</source>
        <translation>La preuve de connexion (PKCE) ne correspond pas.</translation>
    </message>
    <message>
        <source>The code was redeemed with another verifier than the one it was requested with: the answer belongs to another sign-in attempt, or something altered the request.</source>
        <translation>Le code a été échangé avec un vérificateur différent de celui avec lequel il a été demandé : la réponse appartient à une autre tentative de connexion, ou quelque chose a modifié la requête.</translation>
    </message>
    <message>
        <source>Run the test sign-in again and use only the browser tab it opens.</source>
        <translation>Relancez la connexion de test et utilisez uniquement l&apos;onglet du navigateur qu&apos;elle ouvre.</translation>
    </message>
    <message>
        <source>The refresh token expired because it was not used.</source>
        <translation>Le jeton d&apos;actualisation a expiré faute d&apos;avoir été utilisé.</translation>
    </message>
    <message>
        <source>Refresh tokens expire after a period of inactivity (90 days by default).</source>
        <translation>Les jetons d&apos;actualisation expirent après une période d&apos;inactivité (90 jours par défaut).</translation>
    </message>
    <message>
        <source>Sign in again; FlexO&apos;s own connector gets a new refresh token the same way.</source>
        <translation>Reconnectez-vous ; le connecteur de FlexO obtient un nouveau jeton d&apos;actualisation de la même manière.</translation>
    </message>
    <message>
        <source>The code or refresh token has expired.</source>
        <translation>Le code ou le jeton d&apos;actualisation a expiré.</translation>
    </message>
    <message>
        <source>Sign-in codes live about ten minutes and refresh tokens expire or get revoked.</source>
        <translation>Les codes de connexion sont valables environ dix minutes, et les jetons d&apos;actualisation expirent ou sont révoqués.</translation>
    </message>
    <message>
        <source>The refresh token is no longer accepted.</source>
        <translation>Le jeton d&apos;actualisation n&apos;est plus accepté.</translation>
    </message>
    <message>
        <source>A Conditional Access sign-in frequency policy ended the session.</source>
        <translation>Une stratégie d&apos;accès conditionnel de fréquence de connexion a mis fin à la session.</translation>
    </message>
    <message>
        <source>Sign in again; if this happens often, ask the administrator about the sign-in frequency policy.</source>
        <translation>Reconnectez-vous ; si cela se produit souvent, interrogez l&apos;administrateur sur la stratégie de fréquence de connexion.</translation>
    </message>
    <message>
        <source>A requested permission is not valid.</source>
        <translation>Une autorisation demandée n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The scope asked for does not exist on Microsoft Graph in this cloud, or mixes resources (for example a Graph URL of another cloud).</source>
        <translation>L&apos;étendue demandée n&apos;existe pas sur Microsoft Graph dans ce cloud, ou mélange plusieurs ressources (par exemple une URL Graph d&apos;un autre cloud).</translation>
    </message>
    <message>
        <source>Check the cloud selected in FlexO; the delegated permission needed is OnlineMeetings.ReadWrite (not OnlineMeetings.ReadWrite.All).</source>
        <translation>Vérifiez le cloud sélectionné dans FlexO ; l&apos;autorisation déléguée nécessaire est OnlineMeetings.ReadWrite (et non OnlineMeetings.ReadWrite.All).</translation>
    </message>
    <message>
        <source>The app is single-tenant but a multi-tenant endpoint was used.</source>
        <translation>L&apos;application est à locataire unique, mais un point de terminaison multilocataire a été utilisé.</translation>
    </message>
    <message>
        <source>Single-tenant apps must be addressed through their own tenant, not &quot;common&quot;.</source>
        <translation>Les applications à locataire unique doivent être adressées via leur propre locataire, et non via « common ».</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID in FlexO instead of &quot;common&quot; or &quot;organizations&quot;.</source>
        <translation>Saisissez l&apos;ID de l&apos;annuaire (locataire) dans FlexO au lieu de « common » ou « organizations ».</translation>
    </message>
    <message>
        <source>This sign-in type needs a specific tenant.</source>
        <translation>Ce type de connexion nécessite un locataire précis.</translation>
    </message>
    <message>
        <source>The application credentials test cannot run against &quot;common&quot; or &quot;consumers&quot;.</source>
        <translation>Le test des informations d&apos;identification de l&apos;application ne peut pas être exécuté sur « common » ou « consumers ».</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID in FlexO.</source>
        <translation>Saisissez l&apos;ID de l&apos;annuaire (locataire) dans FlexO.</translation>
    </message>
    <message>
        <source>Microsoft detected a sign-in loop.</source>
        <translation>Microsoft a détecté une boucle de connexion.</translation>
    </message>
    <message>
        <source>Too many identical requests were sent in a short time.</source>
        <translation>Trop de requêtes identiques ont été envoyées en peu de temps.</translation>
    </message>
    <message>
        <source>Wait a few minutes, then try once more.</source>
        <translation>Patientez quelques minutes, puis réessayez une fois.</translation>
    </message>
    <message>
        <source>The requested resource was not found in the tenant.</source>
        <translation>La ressource demandée est introuvable dans le locataire.</translation>
    </message>
    <message>
        <source>The application is disabled.</source>
        <translation>L&apos;application est désactivée.</translation>
    </message>
    <message>
        <source>The app&apos;s enterprise application (service principal) has &quot;Enabled for users to sign in&quot; set to No.</source>
        <translation>L&apos;application d&apos;entreprise (principal de service) de l&apos;application a l&apos;option « Activé pour que les utilisateurs se connectent » réglée sur Non.</translation>
    </message>
    <message>
        <source>In Enterprise applications, open the app&apos;s Properties and set &quot;Enabled for users to sign in&quot; to Yes.</source>
        <translation>Dans Applications d&apos;entreprise, ouvrez les Propriétés de l&apos;application et réglez « Activé pour que les utilisateurs se connectent » sur Oui.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Microsoft could not verify the account&apos;s password.</source>
        <translation>Microsoft n&apos;a pas pu vérifier le mot de passe du compte.</translation>
    </message>
    <message>
        <source>Sign in again with the right password.</source>
        <translation>Reconnectez-vous avec le bon mot de passe.</translation>
    </message>
    <message>
        <source>The account does not exist in this tenant.</source>
        <translation>Le compte n&apos;existe pas dans ce locataire.</translation>
    </message>
    <message>
        <source>The user name typed is not an account of the tenant.</source>
        <translation>Le nom d&apos;utilisateur saisi ne correspond à aucun compte du locataire.</translation>
    </message>
    <message>
        <source>Sign in with an account of the configured tenant.</source>
        <translation>Connectez-vous avec un compte du locataire configuré.</translation>
    </message>
    <message>
        <source>The account is locked or the sign-in was blocked.</source>
        <translation>Le compte est verrouillé ou la connexion a été bloquée.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins, or a sign-in from a suspicious address.</source>
        <translation>Trop d&apos;échecs de connexion, ou connexion depuis une adresse suspecte.</translation>
    </message>
    <message>
        <source>Wait a while, or ask the administrator to unlock the account, then try again.</source>
        <translation>Patientez un moment ou demandez à l&apos;administrateur de déverrouiller le compte, puis réessayez.</translation>
    </message>
    <message>
        <source>Consent is required.</source>
        <translation>Un consentement est requis.</translation>
    </message>
    <message>
        <source>The app&apos;s permissions have not been granted for this user or tenant.</source>
        <translation>Les autorisations de l&apos;application n&apos;ont pas été accordées pour cet utilisateur ou ce locataire.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The person signing in pressed Cancel, or declined the requested permissions.</source>
        <translation>La personne qui se connectait a cliqué sur Annuler ou a refusé les autorisations demandées.</translation>
    </message>
    <message>
        <source>Microsoft needs the person to act.</source>
        <translation>Microsoft attend une action de la personne.</translation>
    </message>
    <message>
        <source>A policy requires an interactive step (second factor, terms of use, password change).</source>
        <translation>Une stratégie exige une étape interactive (second facteur, conditions d&apos;utilisation, changement de mot de passe).</translation>
    </message>
    <message>
        <source>Run the test sign-in again and complete every step in the browser.</source>
        <translation>Relancez la connexion de test et effectuez toutes les étapes dans le navigateur.</translation>
    </message>
    <message>
        <source>Microsoft refused the code or token.</source>
        <translation>Microsoft a refusé le code ou le jeton.</translation>
    </message>
    <message>
        <source>The sign-in code or refresh token is expired, already used or was issued for another request.</source>
        <translation>Le code de connexion ou le jeton d&apos;actualisation a expiré, a déjà été utilisé ou a été émis pour une autre requête.</translation>
    </message>
    <message>
        <source>Microsoft refused the application&apos;s credentials.</source>
        <translation>Microsoft a refusé les informations d&apos;identification de l&apos;application.</translation>
    </message>
    <message>
        <source>The client ID or the client secret is wrong.</source>
        <translation>L&apos;ID client ou le secret client est incorrect.</translation>
    </message>
    <message>
        <source>Check the Application (client) ID and enter the client secret&apos;s Value again.</source>
        <translation>Vérifiez l&apos;ID d&apos;application (client) et saisissez à nouveau la Valeur du secret client.</translation>
    </message>
    <message>
        <source>The application may not use this sign-in type.</source>
        <translation>L&apos;application n&apos;est pas autorisée à utiliser ce type de connexion.</translation>
    </message>
    <message>
        <source>The app registration is missing, or it is not allowed to use this grant.</source>
        <translation>L&apos;inscription d&apos;application est absente, ou elle n&apos;est pas autorisée à utiliser cet octroi.</translation>
    </message>
    <message>
        <source>Check the Application (client) ID and the tenant ID in FlexO.</source>
        <translation>Vérifiez l&apos;ID d&apos;application (client) et l&apos;ID de locataire dans FlexO.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service is temporarily unavailable.</source>
        <translation>Le service de connexion de Microsoft est temporairement indisponible.</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance.</source>
        <translation>Le service est surchargé ou en maintenance.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service had an internal error.</source>
        <translation>Le service de connexion de Microsoft a rencontré une erreur interne.</translation>
    </message>
    <message>
        <source>The error is on Microsoft&apos;s side.</source>
        <translation>L&apos;erreur se situe du côté de Microsoft.</translation>
    </message>
    <message>
        <source>The tenant ID or domain has a typo, the domain is not verified in any tenant, or the tenant belongs to a cloud whose sign-in service does not know it (China, operated by 21Vianet, is separate). US Government tenants are known to the global service: FlexO names their cloud instead.</source>
        <translation>L&apos;ID ou le domaine du locataire comporte une faute de frappe, le domaine n&apos;est vérifié dans aucun locataire, ou le locataire appartient à un cloud dont le service de connexion ne le connaît pas (la Chine, exploitée par 21Vianet, est distincte). Les locataires US Government sont connus du service mondial : FlexO indique alors leur cloud.</translation>
    </message>
    <message>
        <source>The redirect URI is registered for a public client.</source>
        <translation>L&apos;URI de redirection est inscrit pour un client public.</translation>
    </message>
    <message>
        <source>The redirect URI used for the sign-in is registered on the &quot;Mobile and desktop applications&quot; platform. Microsoft then treats the sign-in as a public client, which may not send a client secret, and FlexO always sends one.</source>
        <translation>L&apos;URI de redirection utilisé pour la connexion est inscrit sur la plateforme « Applications mobiles et de bureau ». Microsoft traite alors la connexion comme un client public, qui ne peut pas envoyer de secret client, or FlexO en envoie toujours un.</translation>
    </message>
    <message>
        <source>Under Authentication, remove the redirect URI from &quot;Mobile and desktop applications&quot; and add it on the Web platform.</source>
        <translation>Sous Authentification, retirez l&apos;URI de redirection de « Applications mobiles et de bureau » et ajoutez-le sur la plateforme Web.</translation>
    </message>
    <message>
        <source>The redirect URI is registered for a single-page application.</source>
        <translation>L&apos;URI de redirection est inscrit pour une application monopage.</translation>
    </message>
    <message>
        <source>The redirect URI is on the &quot;Single-page application&quot; platform. Sign-in codes for such an address can only be redeemed by JavaScript in a browser, not by FlexO&apos;s server or by this tool.</source>
        <translation>L&apos;URI de redirection se trouve sur la plateforme « Application monopage ». Les codes de connexion destinés à une telle adresse ne peuvent être échangés que par du JavaScript dans un navigateur, ni par le serveur FlexO ni par cet outil.</translation>
    </message>
    <message>
        <source>Under Authentication, remove the redirect URI from &quot;Single-page application&quot; and add it on the Web platform.</source>
        <translation>Sous Authentification, retirez l&apos;URI de redirection de « Application monopage » et ajoutez-le sur la plateforme Web.</translation>
    </message>
    <message>
        <source>The application has no redirect URI at all.</source>
        <translation>L&apos;application n&apos;a aucun URI de redirection.</translation>
    </message>
    <message>
        <source>Microsoft sends the sign-in answer only to an address registered on the app, and the app registration has none.</source>
        <translation>Microsoft n&apos;envoie la réponse de connexion qu&apos;à une adresse inscrite sur l&apos;application, et l&apos;inscription d&apos;application n&apos;en a aucune.</translation>
    </message>
    <message>
        <source>Under Authentication, add the Web platform with the redirect URI below.</source>
        <translation>Sous Authentification, ajoutez la plateforme Web avec l&apos;URI de redirection ci-dessous.</translation>
    </message>
    <message>
        <source>Ask an administrator who may grant consent for the organisation (a Cloud Application Administrator, Application Administrator or Global Administrator) to open the admin-consent link below and accept, or to press &quot;Grant admin consent&quot; under API permissions, then sign in again.</source>
        <translation>Demandez à un administrateur habilité à accorder le consentement pour l&apos;organisation (Administrateur d&apos;application cloud, Administrateur d&apos;application ou Administrateur général) d&apos;ouvrir le lien de consentement d&apos;administrateur ci-dessous et d&apos;accepter, ou d&apos;appuyer sur « Accorder un consentement d&apos;administrateur » sous Autorisations d&apos;API, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Start the test sign-in again and press Accept, or have an administrator who may grant consent (a Cloud Application Administrator, Application Administrator or Global Administrator) grant it for the whole organisation.</source>
        <translation>Relancez la connexion de test et appuyez sur Accepter, ou demandez à un administrateur habilité à accorder le consentement (Administrateur d&apos;application cloud, Administrateur d&apos;application ou Administrateur général) de l&apos;accorder pour toute l&apos;organisation.</translation>
    </message>
    <message>
        <source>Send the admin-consent link below to an administrator who may grant consent (a Cloud Application Administrator, Application Administrator or Global Administrator), or have one press &quot;Grant admin consent&quot; under API permissions, then run the test sign-in again.</source>
        <translation>Envoyez le lien de consentement d&apos;administrateur ci-dessous à un administrateur habilité à accorder le consentement (Administrateur d&apos;application cloud, Administrateur d&apos;application ou Administrateur général), ou demandez-lui d&apos;appuyer sur « Accorder un consentement d&apos;administrateur » sous Autorisations d&apos;API, puis relancez la connexion de test.</translation>
    </message>
    <message>
        <source>The sign-in is waiting for an administrator&apos;s approval.</source>
        <translation>La connexion attend l&apos;approbation d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>The tenant uses the admin consent workflow: the person signing in may not consent to the app and was offered to send an approval request to the administrators instead.</source>
        <translation>Le locataire utilise le workflow de consentement administrateur : la personne qui se connecte ne peut pas consentir à l&apos;application et s&apos;est vu proposer d&apos;envoyer plutôt une demande d&apos;approbation aux administrateurs.</translation>
    </message>
    <message>
        <source>An administrator approves the request under Enterprise applications, Admin consent requests, or grants consent with the admin-consent link below; then run the test sign-in again.</source>
        <translation>Un administrateur approuve la demande sous Applications d&apos;entreprise, Demandes de consentement administrateur, ou accorde le consentement avec le lien de consentement d&apos;administrateur ci-dessous ; relancez ensuite la connexion de test.</translation>
    </message>
    <message>
        <source>The resource the permission names (Microsoft Graph&apos;s address) is not known in this tenant: the address is misspelt, or the request went to another tenant.</source>
        <translation>La ressource nommée par l&apos;autorisation (l&apos;adresse de Microsoft Graph) n&apos;est pas connue dans ce locataire : l&apos;adresse est mal orthographiée, ou la requête est allée à un autre locataire.</translation>
    </message>
    <message>
        <source>Check the tenant ID; for a custom cloud, check its Graph base address.</source>
        <translation>Vérifiez l&apos;ID du locataire ; pour un cloud personnalisé, vérifiez son adresse de base Graph.</translation>
    </message>
    <message>
        <source>The request was sent to another Microsoft cloud than the tenant&apos;s.</source>
        <translation>La requête a été envoyée à un autre cloud Microsoft que celui du locataire.</translation>
    </message>
    <message>
        <source>The tenant lives in another Microsoft cloud (for example US Government GCC High) than the sign-in service FlexO asked, and an app with a client secret must sign in at its own cloud&apos;s service.</source>
        <translation>Le locataire se trouve dans un autre cloud Microsoft (par exemple US Government GCC High) que le service de connexion interrogé par FlexO, et une application avec un secret client doit se connecter auprès du service de son propre cloud.</translation>
    </message>
    <message>
        <source>Choose the tenant&apos;s cloud in FlexO (GCC High and DoD sign in at login.microsoftonline.us). The app registration must exist in that cloud&apos;s portal (portal.azure.us for US Government).</source>
        <translation>Choisissez le cloud du locataire dans FlexO (GCC High et DoD se connectent sur login.microsoftonline.us). L&apos;inscription d&apos;application doit exister dans le portail de ce cloud (portal.azure.us pour US Government).</translation>
    </message>
    <message>
        <source>Ask an administrator who may grant consent (a Cloud Application Administrator, Application Administrator or Global Administrator) to open the admin-consent link below and accept, then sign in again.</source>
        <translation>Demandez à un administrateur habilité à accorder le consentement (Administrateur d&apos;application cloud, Administrateur d&apos;application ou Administrateur général) d&apos;ouvrir le lien de consentement d&apos;administrateur ci-dessous et d&apos;accepter, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Run the test sign-in again and accept the permissions, or have an administrator who may grant consent grant them for the organisation.</source>
        <translation>Relancez la connexion de test et acceptez les autorisations, ou demandez à un administrateur habilité à accorder le consentement de les accorder pour l&apos;organisation.</translation>
    </message>
    <message>
        <source>The Azure portal accepts only http://localhost addresses on the Web platform; an http://127.0.0.1 address has to be added in the app&apos;s Manifest (replyUrlsWithType, type &quot;Web&quot;).</source>
        <translation>Le portail Azure n&apos;accepte que des adresses http://localhost sur la plateforme Web ; une adresse http://127.0.0.1 doit être ajoutée dans le Manifeste de l&apos;application (replyUrlsWithType, type &quot;Web&quot;).</translation>
    </message>
    <message>
        <source>Microsoft refused the request.</source>
        <translation>Microsoft a refusé la requête.</translation>
    </message>
    <message>
        <source>Microsoft gave no reason.</source>
        <translation>Microsoft n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <source>Microsoft says: %1</source>
        <translation>Microsoft indique : %1</translation>
    </message>
    <message>
        <source>Look the error up on Microsoft&apos;s page: %1</source>
        <translation>Consultez l&apos;erreur sur la page de Microsoft : %1</translation>
    </message>
    <message>
        <source>Try again; if it persists, send the report to support.</source>
        <translation>Réessayez ; si le problème persiste, envoyez le rapport au support.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The ID used was %1.</source>
        <translation>L&apos;ID utilisé était %1.</translation>
    </message>
    <message>
        <source>The client secret expired on %1.</source>
        <translation>Le secret client a expiré le %1.</translation>
    </message>
    <message>
        <source>Redirect URI to register: %1</source>
        <translation>URI de redirection à inscrire : %1</translation>
    </message>
    <message>
        <source>Admin-consent link: %1</source>
        <translation>Lien de consentement d&apos;administrateur : %1</translation>
    </message>
</context>
<context>
    <name>ChildProcess</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 est introuvable.</translation>
    </message>
    <message>
        <source>The process could not be started.</source>
        <translation>Le processus n&apos;a pas pu être démarré.</translation>
    </message>
</context>
<context>
    <name>CleanupJournal</name>
    <message>
        <source>The probe meeting journal %1 cannot be written.</source>
        <translation>Le journal des réunions de test %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Without it, a probe meeting left by an interrupted run could not be found again, so no meeting is created (%1).</source>
        <translation>Sans lui, une réunion de test laissée par une exécution interrompue ne pourrait pas être retrouvée ; aucune réunion n&apos;est donc créée (%1).</translation>
    </message>
    <message>
        <source>Check the permissions of %1.</source>
        <translation>Vérifiez les autorisations de %1.</translation>
    </message>
    <message>
        <source>Check the free space and permissions of %1.</source>
        <translation>Vérifiez l&apos;espace libre et les autorisations de %1.</translation>
    </message>
    <message>
        <source>The probe meeting journal %1 is in use by another run.</source>
        <translation>Le journal des réunions de test %1 est utilisé par une autre exécution.</translation>
    </message>
    <message>
        <source>The probe meeting journal %1 cannot be locked.</source>
        <translation>Le journal des réunions de test %1 ne peut pas être verrouillé.</translation>
    </message>
    <message>
        <source>Another wizard or command-line run kept it locked for more than %1 seconds, so no probe meeting is created.</source>
        <translation>Une autre exécution de l&apos;assistant ou de la ligne de commande l&apos;a gardé verrouillé plus de %1 secondes : aucune réunion de test n&apos;est donc créée.</translation>
    </message>
    <message>
        <source>Its lock file cannot be created, so no probe meeting is created.</source>
        <translation>Son fichier de verrou ne peut pas être créé : aucune réunion de test n&apos;est donc créée.</translation>
    </message>
    <message>
        <source>Run the check again in a moment; if it persists, check the permissions of %1.</source>
        <translation>Relancez la vérification dans un instant ; si le problème persiste, vérifiez les permissions de %1.</translation>
    </message>
    <message>
        <source>The probe meeting journal %1 cannot be read, and cannot be set aside.</source>
        <translation>Le journal des réunions de test %1 ne peut pas être lu ni mis de côté.</translation>
    </message>
    <message>
        <source>It is not valid (%1); it is kept as it is, and no probe meeting is created (%2).</source>
        <translation>Il n&apos;est pas valide (%1) ; il est conservé tel quel et aucune réunion de test n&apos;est créée (%2).</translation>
    </message>
    <message>
        <source>Move %1 elsewhere, look in it for meetings to delete by hand, and run the check again.</source>
        <translation>Déplacez %1 ailleurs, cherchez-y les réunions à supprimer à la main, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>The probe meeting journal %1 cannot be read.</source>
        <translation>Le journal des réunions de test %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>It may list probe meetings that still need deleting, so it is not written over and no probe meeting is created (%1).</source>
        <translation>Il peut lister des réunions de test qui restent à supprimer : il n&apos;est donc pas écrasé et aucune réunion de test n&apos;est créée (%1).</translation>
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
        <translation>Chine (exploité par 21Vianet)</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Teams online meetings are not available in the %1 cloud.</source>
        <translation>Les réunions en ligne Teams ne sont pas disponibles dans le cloud %1.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not offer creating or deleting online meetings there, so the meeting checks cannot run; the sign-in checks still do.</source>
        <translation>Microsoft Graph n&apos;y permet pas de créer ni de supprimer des réunions en ligne ; les vérifications de réunion ne peuvent donc pas être exécutées, mais les vérifications de connexion le sont toujours.</translation>
    </message>
    <message>
        <source>Nothing to fix in the app registration. FlexO cannot create Teams meetings for a tenant in this cloud.</source>
        <translation>Rien à corriger dans l&apos;inscription d&apos;application. FlexO ne peut pas créer de réunions Teams pour un locataire de ce cloud.</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Mondial</translation>
    </message>
    <message>
        <source>Global (also US Government GCC)</source>
        <translation>Mondial (y compris US Government GCC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Custom (sign-in and Graph addresses of your own)</source>
        <translation>Personnalisé (vos propres adresses de connexion et Graph)</translation>
    </message>
    <message>
        <source>The %1 base address of the custom cloud cannot be used.</source>
        <translation>L&apos;adresse de base %1 du cloud personnalisé ne peut pas être utilisée.</translation>
    </message>
</context>
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
    <message>
        <source>The tenant&apos;s cloud</source>
        <translation>Le cloud du locataire</translation>
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
        <source>&amp;Verify with Microsoft</source>
        <translation>&amp;Vérifier auprès de Microsoft</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>The date in the Expires column of Certificates &amp; secrets, for example 2027-06-30</source>
        <translation>La date de la colonne « Expire » sous « Certificats et secrets », par exemple 2027-06-30</translation>
    </message>
    <message>
        <source>C&amp;alendar…</source>
        <translation>C&amp;alendrier…</translation>
    </message>
    <message>
        <source>Pick the expiry date from a calendar</source>
        <translation>Choisir la date d&apos;expiration dans un calendrier</translation>
    </message>
    <message>
        <source>I don&apos;t &amp;know the expiry date</source>
        <translation>Je ne &amp;connais pas la date d&apos;expiration</translation>
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
    <message>
        <source>Paste one or several URIs, separated by new lines, spaces, commas or semicolons</source>
        <translation>Collez un ou plusieurs URI, séparés par des sauts de ligne, des espaces, des virgules ou des points-virgules</translation>
    </message>
</context>
<context>
    <name>GraphErrors</name>
    <message>
        <source>Microsoft Graph created the meeting but returned no ID.</source>
        <translation>Microsoft Graph a créé la réunion, mais n&apos;a renvoyé aucun ID.</translation>
    </message>
    <message>
        <source>The answer was incomplete.</source>
        <translation>La réponse était incomplète.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Relancez la vérification.</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the access token (%1).</source>
        <translation>Microsoft Graph a rejeté le jeton d&apos;accès (%1).</translation>
    </message>
    <message>
        <source>The token has expired, was issued for another cloud or resource, or the session was revoked (InvalidAuthenticationToken).</source>
        <translation>Le jeton a expiré, a été émis pour un autre cloud ou une autre ressource, ou la session a été révoquée (InvalidAuthenticationToken).</translation>
    </message>
    <message>
        <source>Sign in again; if it persists, check that the cloud chosen matches the tenant&apos;s.</source>
        <translation>Reconnectez-vous ; si le problème persiste, vérifiez que le cloud choisi correspond à celui du locataire.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request without giving a reason (403 %1).</source>
        <translation>Microsoft Graph a refusé la requête sans en donner la raison (403 %1).</translation>
    </message>
    <message>
        <source>Usually one of: the delegated permission OnlineMeetings.ReadWrite is missing from the app registration or was not consented; the signed-in user has no Teams licence; or the signed-in account is a guest in this tenant.</source>
        <translation>Le plus souvent, l&apos;une des causes suivantes : l&apos;autorisation déléguée OnlineMeetings.ReadWrite est absente de l&apos;inscription d&apos;application ou n&apos;a pas fait l&apos;objet d&apos;un consentement ; l&apos;utilisateur connecté n&apos;a pas de licence Teams ; ou le compte connecté est un invité dans ce locataire.</translation>
    </message>
    <message>
        <source>On the app registration, add the Microsoft Graph delegated permission OnlineMeetings.ReadWrite and grant consent; sign in with a member account of the tenant that has a Microsoft Teams licence.</source>
        <translation>Dans l&apos;inscription d&apos;application, ajoutez l&apos;autorisation déléguée Microsoft Graph OnlineMeetings.ReadWrite et accordez le consentement ; connectez-vous avec un compte membre du locataire disposant d&apos;une licence Microsoft Teams.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request (403 %1).</source>
        <translation>Microsoft Graph a refusé la requête (403 %1).</translation>
    </message>
    <message>
        <source>The token does not carry the permission this request needs.</source>
        <translation>Le jeton ne comporte pas l&apos;autorisation requise par cette requête.</translation>
    </message>
    <message>
        <source>Add the Microsoft Graph delegated permission OnlineMeetings.ReadWrite to the app registration, grant consent, and sign in again.</source>
        <translation>Ajoutez l&apos;autorisation déléguée Microsoft Graph OnlineMeetings.ReadWrite à l&apos;inscription d&apos;application, accordez le consentement, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Microsoft Graph only answers /me for a signed-in user (%1).</source>
        <translation>Microsoft Graph ne répond à /me que pour un utilisateur connecté (%1).</translation>
    </message>
    <message>
        <source>The token was obtained without a user (client credentials), so there is no &quot;me&quot;.</source>
        <translation>Le jeton a été obtenu sans utilisateur (informations d&apos;identification du client) : il n&apos;y a donc pas de « me ».</translation>
    </message>
    <message>
        <source>Use the token of the interactive sign-in for the meeting checks.</source>
        <translation>Utilisez le jeton de la connexion interactive pour les vérifications de réunion.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not recognise the meeting ID (%1).</source>
        <translation>Microsoft Graph n&apos;a pas reconnu l&apos;ID de réunion (%1).</translation>
    </message>
    <message>
        <source>The ID was altered or cut short on its way (it must be passed exactly as Graph returned it).</source>
        <translation>L&apos;ID a été modifié ou tronqué en cours de route (il doit être transmis exactement tel que Graph l&apos;a renvoyé).</translation>
    </message>
    <message>
        <source>If this meeting came from the cleanup journal, delete it in Teams by its join link instead.</source>
        <translation>Si cette réunion provient du journal de nettoyage, supprimez-la plutôt dans Teams à l&apos;aide de son lien de participation.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not know this meeting (404 %1).</source>
        <translation>Microsoft Graph ne connaît pas cette réunion (404 %1).</translation>
    </message>
    <message>
        <source>It was deleted already, or belongs to another user.</source>
        <translation>Elle a déjà été supprimée ou appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>Microsoft Graph is throttling requests (429), even after waiting as asked.</source>
        <translation>Microsoft Graph limite le débit des requêtes (429), même après l&apos;attente demandée.</translation>
    </message>
    <message>
        <source>Too many requests were made for this user or app in a short time.</source>
        <translation>Trop de requêtes ont été envoyées pour cet utilisateur ou cette application en peu de temps.</translation>
    </message>
    <message>
        <source>Wait a few minutes and run the check again.</source>
        <translation>Patientez quelques minutes et relancez la vérification.</translation>
    </message>
    <message>
        <source>Microsoft Graph had a problem answering (HTTP %1 %2).</source>
        <translation>Microsoft Graph a rencontré un problème pour répondre (HTTP %1 %2).</translation>
    </message>
    <message>
        <source>A temporary failure on Microsoft&apos;s side.</source>
        <translation>Une défaillance temporaire du côté de Microsoft.</translation>
    </message>
    <message>
        <source>Run the check again later; if it persists, check the Microsoft 365 service health page and quote the request-id %1.</source>
        <translation>Relancez la vérification plus tard ; si le problème persiste, consultez la page d&apos;état du service Microsoft 365 et indiquez le request-id %1.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered %1 with HTTP %2 (%3).</source>
        <translation>Microsoft Graph a répondu %1 avec HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>An unexpected answer from Microsoft Graph.</source>
        <translation>Une réponse inattendue de Microsoft Graph.</translation>
    </message>
    <message>
        <source>Check the request-id %1 with Microsoft support if it persists.</source>
        <translation>Si le problème persiste, communiquez le request-id %1 au support Microsoft.</translation>
    </message>
</context>
<context>
    <name>JsonBody</name>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>La réponse du serveur est illisible (%1).</translation>
    </message>
    <message>
        <source>It is not the JSON the Microsoft service sends: something between this computer and Microsoft (a proxy, a captive portal, a firewall page) probably answered instead.</source>
        <translation>Ce n&apos;est pas le JSON envoyé par le service Microsoft : un élément situé entre cet ordinateur et Microsoft (un proxy, un portail captif, une page de pare-feu) a probablement répondu à sa place.</translation>
    </message>
    <message>
        <source>Check the proxy settings, or open the address in a browser to see who answers.</source>
        <translation>Vérifiez les paramètres du proxy, ou ouvrez l&apos;adresse dans un navigateur pour voir qui répond.</translation>
    </message>
    <message>
        <source>The answer from the server was cut short (%1).</source>
        <translation>La réponse du serveur a été tronquée (%1).</translation>
    </message>
    <message>
        <source>The connection ended before the whole answer arrived, often because of an unstable network or a proxy that closes long connections.</source>
        <translation>La connexion s&apos;est interrompue avant la réception complète de la réponse, souvent à cause d&apos;un réseau instable ou d&apos;un proxy qui ferme les connexions longues.</translation>
    </message>
    <message>
        <source>Run the check again; if it keeps failing, check the proxy or firewall.</source>
        <translation>Relancez la vérification ; si l&apos;échec persiste, vérifiez le proxy ou le pare-feu.</translation>
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
    <name>NetErrors</name>
    <message>
        <source>an unknown issuer</source>
        <translation>un émetteur inconnu</translation>
    </message>
    <message>
        <source>If your network inspects TLS, ask for the proxy&apos;s CA certificate (PEM) and set it as the CA bundle (caBundle) in the configuration: it is then trusted for this tool&apos;s requests only. Otherwise, check that nothing intercepts the connection.</source>
        <translation>Si votre réseau inspecte le trafic TLS, demandez le certificat d&apos;autorité (CA) du proxy (PEM) et définissez-le comme bundle CA (caBundle) dans la configuration : il sera alors approuvé uniquement pour les requêtes de cet outil. Sinon, vérifiez que rien n&apos;intercepte la connexion.</translation>
    </message>
    <message>
        <source>The CA bundle %1 is in use but does not contain this issuer: export the proxy&apos;s CA certificate (PEM) again and set it as the CA bundle.</source>
        <translation>Le bundle CA %1 est utilisé, mais ne contient pas cet émetteur : exportez à nouveau le certificat CA du proxy (PEM) et définissez-le comme bundle CA.</translation>
    </message>
    <message>
        <source>The connection to %1 is not trusted: its certificate (subject &apos;%2&apos;) was issued by &apos;%3&apos;, not by a public authority this computer trusts.</source>
        <translation>La connexion à %1 n&apos;est pas approuvée : son certificat (sujet &apos;%2&apos;) a été émis par &apos;%3&apos;, et non par une autorité publique approuvée par cet ordinateur.</translation>
    </message>
    <message>
        <source>A proxy is probably inspecting TLS traffic and presents its own certificates.</source>
        <translation>Un proxy inspecte probablement le trafic TLS et présente ses propres certificats.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is for another name (subject &apos;%2&apos;, issued by &apos;%3&apos;).</source>
        <translation>Le certificat présenté par %1 est établi pour un autre nom (sujet &apos;%2&apos;, émis par &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>The address may be wrong, or a proxy or load balancer answers with the wrong certificate.</source>
        <translation>L&apos;adresse est peut-être erronée, ou un proxy ou un équilibreur de charge répond avec le mauvais certificat.</translation>
    </message>
    <message>
        <source>Check the address; if it is right, the certificate of that server must be fixed.</source>
        <translation>Vérifiez l&apos;adresse ; si elle est correcte, le certificat de ce serveur doit être corrigé.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 (subject &apos;%2&apos;, issued by &apos;%3&apos;) is expired or not yet valid.</source>
        <translation>Le certificat présenté par %1 (sujet &apos;%2&apos;, émis par &apos;%3&apos;) a expiré ou n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>Either the server&apos;s certificate has expired, or this computer&apos;s clock is wrong.</source>
        <translation>Soit le certificat du serveur a expiré, soit l&apos;horloge de cet ordinateur est incorrecte.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer; otherwise the server&apos;s certificate must be renewed.</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur ; sinon, le certificat du serveur doit être renouvelé.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (certificate subject &apos;%2&apos;, issued by &apos;%3&apos;).</source>
        <translation>La connexion sécurisée à %1 a échoué (sujet du certificat &apos;%2&apos;, émis par &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>The certificate could not be verified: %1.</source>
        <translation>Le certificat n&apos;a pas pu être vérifié : %1.</translation>
    </message>
    <message>
        <source>Check the certificate of that server, or the proxy between this computer and it.</source>
        <translation>Vérifiez le certificat de ce serveur, ou le proxy situé entre cet ordinateur et lui.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>La requête vers %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 n&apos;a pas répondu dans un délai de %2 secondes.</translation>
    </message>
    <message>
        <source>The network is slow or a firewall silently drops the connection.</source>
        <translation>Le réseau est lent, ou un pare-feu abandonne la connexion sans le signaler.</translation>
    </message>
    <message>
        <source>Check that this computer can reach %1 (firewall, proxy), then run the check again.</source>
        <translation>Vérifiez que cet ordinateur peut joindre %1 (pare-feu, proxy), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation>La connexion à %1 a été refusée.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at that address and port, or a firewall rejects them.</source>
        <translation>Rien n&apos;accepte de connexions à cette adresse et sur ce port, ou un pare-feu les rejette.</translation>
    </message>
    <message>
        <source>Check the address and port, and the firewall rules for outgoing connections.</source>
        <translation>Vérifiez l&apos;adresse et le port, ainsi que les règles du pare-feu pour les connexions sortantes.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation>Le nom d&apos;hôte %1 n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>The name is misspelled, or this computer&apos;s DNS cannot resolve external names (common when only a proxy may reach the internet).</source>
        <translation>Le nom est mal orthographié, ou le DNS de cet ordinateur ne peut pas résoudre les noms externes (fréquent lorsque seul un proxy peut accéder à Internet).</translation>
    </message>
    <message>
        <source>Check the spelling and the DNS settings; if the network requires a proxy, set it in the system settings or in the configuration (proxy).</source>
        <translation>Vérifiez l&apos;orthographe et les paramètres DNS ; si le réseau impose un proxy, définissez-le dans les paramètres du système ou dans la configuration (proxy).</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before an answer arrived.</source>
        <translation>La connexion à %1 a été fermée avant l&apos;arrivée d&apos;une réponse.</translation>
    </message>
    <message>
        <source>The network dropped the connection, or a proxy or firewall closed it.</source>
        <translation>Le réseau a interrompu la connexion, ou un proxy ou un pare-feu l&apos;a fermée.</translation>
    </message>
    <message>
        <source>Run the check again; if it keeps failing, check the proxy or firewall.</source>
        <translation>Relancez la vérification ; si l&apos;échec persiste, vérifiez le proxy ou le pare-feu.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established.</source>
        <translation>La connexion sécurisée à %1 n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>The server and this computer found no common TLS version or cipher, or something in between broke the handshake.</source>
        <translation>Le serveur et cet ordinateur n&apos;ont trouvé aucune version TLS ni aucun algorithme de chiffrement en commun, ou un élément intermédiaire a interrompu la négociation.</translation>
    </message>
    <message>
        <source>Check the proxy or firewall between this computer and %1.</source>
        <translation>Vérifiez le proxy ou le pare-feu situé entre cet ordinateur et %1.</translation>
    </message>
    <message>
        <source>The proxy asks for a login (HTTP 407) before it lets the request to %1 through.</source>
        <translation>Le proxy demande une authentification (HTTP 407) avant de laisser passer la requête vers %1.</translation>
    </message>
    <message>
        <source>The proxy requires authentication that this tool does not provide.</source>
        <translation>Le proxy exige une authentification que cet outil ne fournit pas.</translation>
    </message>
    <message>
        <source>Ask the network team to allow %1 through the proxy without a login for this computer, or use a proxy that does not require one.</source>
        <translation>Demandez à l&apos;équipe réseau d&apos;autoriser %1 via le proxy sans authentification pour cet ordinateur, ou utilisez un proxy qui n&apos;en exige pas.</translation>
    </message>
    <message>
        <source>The proxy could not be used to reach %1.</source>
        <translation>Le proxy n&apos;a pas pu être utilisé pour joindre %1.</translation>
    </message>
    <message>
        <source>The proxy %1 could not be used to reach %2.</source>
        <translation>Le proxy %1 n&apos;a pas pu être utilisé pour joindre %2.</translation>
    </message>
    <message>
        <source>The proxy refused the connection, could not be found, or did not answer.</source>
        <translation>Le proxy a refusé la connexion, est introuvable ou n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Check the proxy address and port in the system settings or in the configuration (proxy).</source>
        <translation>Vérifiez l&apos;adresse et le port du proxy dans les paramètres du système ou dans la configuration (proxy).</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation>La requête vers %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>A network problem prevented the request.</source>
        <translation>Un problème réseau a empêché la requête.</translation>
    </message>
    <message>
        <source>Check the network connection and the proxy settings, then run the check again.</source>
        <translation>Vérifiez la connexion réseau et les paramètres du proxy, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>The proxy %1 (%2) answered HTTP %3 with its own error page instead of %4: Microsoft&apos;s service did not answer.</source>
        <translation>Le proxy %1 (%2) a répondu HTTP %3 avec sa propre page d&apos;erreur au lieu de %4 : le service de Microsoft n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>A proxy or gateway (%1) answered HTTP %2 with its own error page instead of %3: Microsoft&apos;s service did not answer.</source>
        <translation>Un proxy ou une passerelle (%1) a répondu HTTP %2 avec sa propre page d&apos;erreur au lieu de %3 : le service de Microsoft n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Something between this computer and %1 could not reach it, refused the request or gave up waiting; nothing says that Microsoft&apos;s service is at fault.</source>
        <translation>Un élément situé entre cet ordinateur et %1 n&apos;a pas pu le joindre, a refusé la requête ou a cessé d&apos;attendre ; rien n&apos;indique que le service de Microsoft soit en cause.</translation>
    </message>
    <message>
        <source>Run the check again; if it keeps failing, ask the network team whether %1 is reachable through the proxy, and check the proxy setting (proxy) of the configuration.</source>
        <translation>Relancez la vérification ; si l&apos;échec persiste, demandez à l&apos;équipe réseau si %1 est joignable via le proxy, et vérifiez le paramètre de proxy (proxy) de la configuration.</translation>
    </message>
</context>
<context>
    <name>NetworkFactory</name>
    <message>
        <source>The proxy setting &quot;%1&quot; is not understood.</source>
        <translation>Le paramètre de proxy « %1 » n&apos;est pas compris.</translation>
    </message>
    <message>
        <source>The proxy must be written as http://host:port.</source>
        <translation>Le proxy doit être écrit sous la forme http://hôte:port.</translation>
    </message>
    <message>
        <source>Correct the proxy in the configuration: leave it empty to use the system settings, write &quot;none&quot; to connect directly, or http://host:port.</source>
        <translation>Corrigez le proxy dans la configuration : laissez-le vide pour utiliser les paramètres du système, écrivez &quot;none&quot; pour une connexion directe, ou http://hôte:port.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read.</source>
        <translation>Le bundle CA %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file does not exist or this user may not read it (%1).</source>
        <translation>Le fichier n&apos;existe pas ou cet utilisateur n&apos;a pas le droit de le lire (%1).</translation>
    </message>
    <message>
        <source>Check the path of the CA bundle (caBundle) in the configuration.</source>
        <translation>Vérifiez le chemin du bundle CA (caBundle) dans la configuration.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no certificate.</source>
        <translation>Le bundle CA %1 ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>The file must contain PEM certificates (-----BEGIN CERTIFICATE-----).</source>
        <translation>Le fichier doit contenir des certificats PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Export the proxy&apos;s CA certificate in PEM (Base-64) format and point the CA bundle (caBundle) at that file.</source>
        <translation>Exportez le certificat CA du proxy au format PEM (Base-64) et faites pointer le bundle CA (caBundle) vers ce fichier.</translation>
    </message>
</context>
<context>
    <name>NetworkPolicy</name>
    <message>
        <source>The answer from %1 is larger than %2 MiB, the most FlexO reads; it was not read.</source>
        <translation>La réponse de %1 dépasse %2 Mio, le maximum que FlexO lit ; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>The sign-in service and Graph answer in a few kilobytes: a proxy or a server that is not Microsoft&apos;s answered instead.</source>
        <translation>Le service de connexion et Graph répondent en quelques kilo-octets : un proxy ou un serveur qui n&apos;est pas celui de Microsoft a répondu à leur place.</translation>
    </message>
    <message>
        <source>Check the cloud&apos;s addresses and the proxy settings.</source>
        <translation>Vérifiez les adresses du cloud et les paramètres du proxy.</translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation>une adresse sans nom</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) to %3; FlexO does not follow redirects.</source>
        <translation>%1 a répondu par une redirection (HTTP %2) vers %3 ; FlexO ne suit pas les redirections.</translation>
    </message>
    <message>
        <source>Following it would send the request, with its secret or code, to another address. Microsoft&apos;s sign-in and Graph endpoints never redirect these requests: a proxy or a server that is not Microsoft&apos;s answered.</source>
        <translation>La suivre enverrait la requête, avec son secret ou son code, à une autre adresse. Les points de terminaison de connexion et Graph de Microsoft ne redirigent jamais ces requêtes : un proxy ou un serveur qui n&apos;est pas celui de Microsoft a répondu.</translation>
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
    <message>
        <source>My app is &amp;already registered: continue</source>
        <translation>Mon application est &amp;déjà inscrite : continuer</translation>
    </message>
    <message>
        <source>My app is already registered: continue without the steps</source>
        <translation>Mon application est déjà inscrite : continuer sans les étapes</translation>
    </message>
    <message>
        <source>For an app registered before, for example for another FlexO server; the next pages check the registration with Microsoft.</source>
        <translation>Pour une application inscrite auparavant, par exemple pour un autre serveur FlexO ; les pages suivantes vérifient l&apos;inscription auprès de Microsoft.</translation>
    </message>
</context>
<context>
    <name>Remedy</name>
    <message>
        <source>Single-page application</source>
        <translation>Application monopage</translation>
    </message>
    <message>
        <source>Mobile and desktop applications</source>
        <translation>Applications mobiles et de bureau</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Register the redirect URI on the Web platform of the app registration.</source>
        <translation>Inscrivez l&apos;URI de redirection sur la plateforme Web de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Move %1 from the %2 platform to the %3 platform of the app registration.</source>
        <translation>Déplacez %1 de la plateforme %2 vers la plateforme %3 de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Register %1 on the %2 platform of the app registration.</source>
        <translation>Inscrivez %1 sur la plateforme %2 de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Have an administrator grant consent: %1</source>
        <translation>Faites accorder le consentement par un administrateur : %1</translation>
    </message>
    <message>
        <source>Have an administrator grant consent under API permissions.</source>
        <translation>Faites accorder le consentement par un administrateur sous Autorisations d&apos;API.</translation>
    </message>
    <message>
        <source>Choose the tenant&apos;s own cloud in FlexO.</source>
        <translation>Choisissez dans FlexO le cloud propre au locataire.</translation>
    </message>
    <message>
        <source>Choose %1 as the cloud in FlexO.</source>
        <translation>Choisissez %1 comme cloud dans FlexO.</translation>
    </message>
    <message>
        <source>Create a new client secret and enter its Value.</source>
        <translation>Créez un nouveau secret client et saisissez sa Valeur.</translation>
    </message>
    <message>
        <source>Assign a Microsoft Teams licence to the account.</source>
        <translation>Attribuez une licence Microsoft Teams au compte.</translation>
    </message>
    <message>
        <source>Assign a Microsoft Teams licence to %1.</source>
        <translation>Attribuez une licence Microsoft Teams à %1.</translation>
    </message>
    <message>
        <source>Ask the owner of the Conditional Access policies to allow this sign-in.</source>
        <translation>Demandez au responsable des stratégies d&apos;accès conditionnel d&apos;autoriser cette connexion.</translation>
    </message>
    <message>
        <source>Ask the owner of the Conditional Access policies to allow this sign-in (correlation ID %1).</source>
        <translation>Demandez au responsable des stratégies d&apos;accès conditionnel d&apos;autoriser cette connexion (ID de corrélation %1).</translation>
    </message>
    <message>
        <source>Correct the Directory (tenant) ID.</source>
        <translation>Corrigez l&apos;ID de l&apos;annuaire (locataire).</translation>
    </message>
    <message>
        <source>Correct the Application (client) ID.</source>
        <translation>Corrigez l&apos;ID d&apos;application (client).</translation>
    </message>
    <message>
        <source>Add the delegated permission %1 and grant consent.</source>
        <translation>Ajoutez l&apos;autorisation déléguée %1 et accordez le consentement.</translation>
    </message>
    <message>
        <source>Run the test sign-in again.</source>
        <translation>Relancez la connexion de test.</translation>
    </message>
    <message>
        <source>Sign in with an account of the configured tenant.</source>
        <translation>Connectez-vous avec un compte du locataire configuré.</translation>
    </message>
    <message>
        <source>Enable the application for sign-in under Enterprise applications.</source>
        <translation>Activez la connexion pour l&apos;application sous Applications d&apos;entreprise.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Check the network, the proxy and TLS inspection.</source>
        <translation>Vérifiez le réseau, le proxy et l&apos;inspection TLS.</translation>
    </message>
    <message>
        <source>Correct the configuration.</source>
        <translation>Corrigez la configuration.</translation>
    </message>
    <message>
        <source>Correct %1 in the configuration.</source>
        <translation>Corrigez %1 dans la configuration.</translation>
    </message>
    <message>
        <source>Enter the client secret&apos;s expiry date so that it is tracked.</source>
        <translation>Saisissez la date d&apos;expiration du secret client afin qu&apos;elle soit suivie.</translation>
    </message>
    <message>
        <source>Run the test sign-in again with --keep-sign-in (or tick &quot;Keep this sign-in&quot; in the wizard) to keep a new monitoring sign-in.</source>
        <translation>Relancez la connexion de test avec --keep-sign-in (ou cochez « Conserver cette connexion » dans l&apos;assistant) pour conserver une nouvelle connexion de surveillance.</translation>
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
        <translation>aucune réponse avant l&apos;expiration du délai</translation>
    </message>
    <message>
        <source>the connection closed before the answer</source>
        <translation>la connexion a été fermée avant la réponse</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>an error page of a proxy or gateway (%1)</source>
        <translation>une page d&apos;erreur d&apos;un proxy ou d&apos;une passerelle (%1)</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>ID de requête %1</translation>
    </message>
    <message>
        <source>correlation id %1</source>
        <translation>ID de corrélation %1</translation>
    </message>
    <message>
        <source>Retry-After %1</source>
        <translation>Retry-After %1</translation>
    </message>
    <message>
        <source>one retry: %1</source>
        <translation>une nouvelle tentative : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n retries: %1</source>
        <translation>
            <numerusform>%n nouvelle tentative : %1</numerusform>
            <numerusform>%n nouvelles tentatives : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) over %1</source>
        <translation>
            <numerusform>%n tentative en %1</numerusform>
            <numerusform>%n tentatives en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write to it and that the disk is not full, or choose another file.</source>
        <translation>Vérifiez que le dossier existe, que vous avez le droit d&apos;y écrire et que le disque n&apos;est pas plein, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; nothing was written.</source>
        <translation>%1 est un lien symbolique ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Writing through a link could overwrite another file, and someone may have placed it there on purpose.</source>
        <translation>Écrire à travers un lien pourrait écraser un autre fichier, et quelqu&apos;un l&apos;a peut-être placé là intentionnellement.</translation>
    </message>
    <message>
        <source>Choose a path that is not a link, or remove the link first.</source>
        <translation>Choisissez un chemin qui n&apos;est pas un lien, ou supprimez d&apos;abord le lien.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; nothing was written.</source>
        <translation>%1 existe et n&apos;est pas un fichier ordinaire ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>A folder, device or pipe has that name.</source>
        <translation>Un dossier, un périphérique ou un tube porte ce nom.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Its folder %1 does not exist or cannot be read.</source>
        <translation>Son dossier %1 n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 holds private data and is not written into %2: other users may change that folder.</source>
        <translation>%1 contient des données privées et n&apos;est pas écrit dans %2 : d&apos;autres utilisateurs peuvent modifier ce dossier.</translation>
    </message>
    <message>
        <source>The folder is writable by its group or by everyone, without the sticky bit, so another user could replace or redirect the file.</source>
        <translation>Le dossier est accessible en écriture à son groupe ou à tous, sans sticky bit : un autre utilisateur pourrait remplacer ou rediriger le fichier.</translation>
    </message>
    <message>
        <source>Write it into a folder only you can change (for example your home folder).</source>
        <translation>Écrivez-le dans un dossier que vous seul pouvez modifier (par exemple votre dossier personnel).</translation>
    </message>
    <message>
        <source>No temporary file could be created next to it.</source>
        <translation>Aucun fichier temporaire n&apos;a pu être créé à côté.</translation>
    </message>
    <message>
        <source>It could not be created.</source>
        <translation>Il n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Check that you may write to its parent folder.</source>
        <translation>Vérifiez que vous avez le droit d&apos;écrire dans son dossier parent.</translation>
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
    <message>
        <source>Keep this sign-in to check the connector every day</source>
        <translation>Conserver cette connexion pour vérifier le connecteur chaque jour</translation>
    </message>
</context>
<context>
    <name>TokenEndpointErrors</name>
    <message>
        <source>Give support the correlation id %1 and the request id %2.</source>
        <translation>Communiquez au support l&apos;ID de corrélation %1 et l&apos;ID de requête %2.</translation>
    </message>
    <message>
        <source>Give support the request id %1.</source>
        <translation>Communiquez au support l&apos;ID de requête %1.</translation>
    </message>
    <message>
        <source>Give support the client request id %1.</source>
        <translation>Communiquez au support l&apos;ID de requête client %1.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s token endpoint at %1 is throttling requests: %2, %3.</source>
        <translation>Le point de terminaison de jeton de Microsoft sur %1 limite le débit des requêtes : %2, %3.</translation>
    </message>
    <message>
        <source>Too many sign-in requests for this application or tenant in a short time; Microsoft asks to wait %1.</source>
        <translation>Trop de demandes de connexion pour cette application ou ce locataire en peu de temps ; Microsoft demande d&apos;attendre %1.</translation>
    </message>
    <message>
        <source>Too many sign-in requests for this application or tenant in a short time.</source>
        <translation>Trop de demandes de connexion pour cette application ou ce locataire en peu de temps.</translation>
    </message>
    <message>
        <source>Wait a few minutes, then run the check again. %1</source>
        <translation>Attendez quelques minutes, puis relancez la vérification. %1</translation>
    </message>
    <message>
        <source>Microsoft&apos;s token endpoint at %1 did not issue a token: %2, %3.</source>
        <translation>Le point de terminaison de jeton de Microsoft sur %1 n&apos;a émis aucun jeton : %2, %3.</translation>
    </message>
    <message>
        <source>A temporary failure of Microsoft&apos;s sign-in service, not a problem of the configuration.</source>
        <translation>Une défaillance temporaire du service de connexion de Microsoft, et non un problème de configuration.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes; if it keeps failing, look at Microsoft&apos;s service health page. %1</source>
        <translation>Relancez la vérification dans quelques minutes ; si l&apos;échec persiste, consultez la page d&apos;état du service de Microsoft. %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>The test sign-in could not be completed: the answer to the redemption of its sign-in code was lost on the way (%1), and a sign-in code can be used only once.</source>
        <translation>La connexion de test n&apos;a pas pu aboutir : la réponse à l&apos;échange de son code de connexion s&apos;est perdue en chemin (%1), et un code de connexion ne peut être utilisé qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>FlexO sent the code to %1 again, and Microsoft answered that it was already redeemed (%2): the first request had reached it, but its tokens never arrived. This says nothing against the app registration.</source>
        <translation>FlexO a renvoyé le code à %1, et Microsoft a répondu qu&apos;il avait déjà été échangé (%2) : la première requête lui était parvenue, mais ses jetons ne sont jamais arrivés. Cela ne met pas en cause l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Run the test sign-in again. %1</source>
        <translation>Relancez la connexion de test. %1</translation>
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
    <message>
        <source>Unfinished setup</source>
        <translation>Configuration inachevée</translation>
    </message>
    <message>
        <source>The wizard was closed before the config was saved. What you entered, except the client secret, was kept.</source>
        <translation>L&apos;assistant a été fermé avant l&apos;enregistrement de la configuration. Ce que vous aviez saisi, sauf le secret client, a été conservé.</translation>
    </message>
    <message>
        <source>&amp;Resume the setup</source>
        <translation>&amp;Reprendre la configuration</translation>
    </message>
    <message>
        <source>Resume the setup</source>
        <translation>Reprendre la configuration</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Recommencer &amp;depuis le début</translation>
    </message>
    <message>
        <source>Start over and forget the unfinished setup</source>
        <translation>Recommencer depuis le début et oublier la configuration inachevée</translation>
    </message>
</context>
<context>
    <name>flexo::AppCredentialsCheck</name>
    <message>
        <source>Application credentials</source>
        <translation>Identifiants de l&apos;application</translation>
    </message>
</context>
<context>
    <name>flexo::AttemptFacts</name>
    <message>
        <source>Passed after %1.</source>
        <translation>Réussie après %1.</translation>
    </message>
    <message>
        <source>FlexO tried %1: %2; the last answer: %3.</source>
        <translation>FlexO a essayé %1 : %2 ; dernière réponse : %3.</translation>
    </message>
</context>
<context>
    <name>flexo::CheckRunner</name>
    <message>
        <source>skipped because &apos;%1&apos; failed</source>
        <translation>ignorée car « %1 » a échoué</translation>
    </message>
    <message>
        <source>skipped because &apos;%1&apos; was skipped</source>
        <translation>ignorée car « %1 » a été ignorée</translation>
    </message>
    <message>
        <source>skipped because &apos;%1&apos; has not run</source>
        <translation>ignorée car « %1 » n&apos;a pas été exécutée</translation>
    </message>
    <message>
        <source>no client secret available (keychain entry, --secret-stdin or FLEXO_CLIENT_SECRET)</source>
        <translation>aucun secret client disponible (entrée du trousseau, --secret-stdin ou FLEXO_CLIENT_SECRET)</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Aucune réponse dans un délai de %n seconde.</numerusform>
            <numerusform>Aucune réponse dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service did not answer in time: the network, a proxy or the service itself is slow or unreachable.</source>
        <translation>Le service n&apos;a pas répondu à temps : le réseau, un proxy ou le service lui-même est lent ou injoignable.</translation>
    </message>
    <message>
        <source>Check the network connection and the proxy settings, then run the check again.</source>
        <translation>Vérifiez la connexion réseau et les paramètres du proxy, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>cancelled while running</source>
        <translation>annulée en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>needs a person to sign in (run the checks interactively)</source>
        <translation>nécessite qu&apos;une personne se connecte (exécutez les vérifications en mode interactif)</translation>
    </message>
    <message>
        <source>needs a kept sign-in</source>
        <translation>nécessite une connexion conservée</translation>
    </message>
</context>
<context>
    <name>flexo::ClientCredentialsService</name>
    <message>
        <source>Microsoft&apos;s token endpoint gave an answer without a token.</source>
        <translation>Le point de terminaison de jeton de Microsoft a renvoyé une réponse sans jeton.</translation>
    </message>
    <message>
        <source>A proxy or another device may have answered instead of Microsoft.</source>
        <translation>Un proxy ou un autre appareil a peut-être répondu à la place de Microsoft.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the proxy settings.</source>
        <translation>Réessayez ; si le problème persiste, vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <source>Microsoft accepted the tenant, the client ID and the secret (%1 token, valid %2 minutes).</source>
        <translation>Microsoft a accepté le locataire, l&apos;ID client et le secret (jeton %1, valide %2 minutes).</translation>
    </message>
</context>
<context>
    <name>flexo::ConfigCheck</name>
    <message>
        <source>Configuration values</source>
        <translation>Valeurs de configuration</translation>
    </message>
    <message>
        <source>Values are missing or malformed (problems found: %1).</source>
        <translation>Des valeurs sont manquantes ou mal formées (problèmes détectés : %1).</translation>
    </message>
    <message>
        <source>Correct the values listed, then run the checks again.</source>
        <translation>Corrigez les valeurs indiquées, puis relancez les vérifications.</translation>
    </message>
    <message>
        <source>Some values look unusual; the connector may still work.</source>
        <translation>Certaines valeurs semblent inhabituelles ; le connecteur peut néanmoins fonctionner.</translation>
    </message>
    <message>
        <source>Review the values listed.</source>
        <translation>Vérifiez les valeurs indiquées.</translation>
    </message>
    <message>
        <source>All values are present and well-formed.</source>
        <translation>Toutes les valeurs sont présentes et bien formées.</translation>
    </message>
</context>
<context>
    <name>flexo::ConfigFile</name>
    <message>
        <source>The configuration file “%1” cannot be used.</source>
        <translation>Le fichier de configuration « %1 » ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>The value of “%1” is not valid: %2.</source>
        <translation>La valeur de « %1 » n&apos;est pas valide : %2.</translation>
    </message>
    <message>
        <source>Correct it in a text editor, or create the file again with FlexO Teams Setup.</source>
        <translation>Corrigez-la dans un éditeur de texte, ou recréez le fichier avec FlexO Teams Setup.</translation>
    </message>
    <message>
        <source>The value of “%1” must be %2, but it is %3.</source>
        <translation>La valeur de « %1 » doit être %2, mais c&apos;est %3.</translation>
    </message>
    <message>
        <source>Choose a file saved or exported by FlexO Teams Setup.</source>
        <translation>Choisissez un fichier enregistré ou exporté par FlexO Teams Setup.</translation>
    </message>
    <message>
        <source>It is a JSON file, but not a FlexO Teams connector configuration (it has no “format” entry).</source>
        <translation>Il s&apos;agit d&apos;un fichier JSON, mais pas d&apos;une configuration du connecteur FlexO Teams (il n&apos;a pas d&apos;entrée « format »).</translation>
    </message>
    <message>
        <source>It is a JSON file, but not a FlexO Teams connector configuration (its format is “%1”, not “%2”).</source>
        <translation>Il s&apos;agit d&apos;un fichier JSON, mais pas d&apos;une configuration du connecteur FlexO Teams (son format est « %1 », et non « %2 »).</translation>
    </message>
    <message>
        <source>Its “version” entry is missing or is not a positive whole number.</source>
        <translation>Son entrée « version » est absente ou n&apos;est pas un nombre entier positif.</translation>
    </message>
    <message>
        <source>Create the file again with FlexO Teams Setup.</source>
        <translation>Recréez le fichier avec FlexO Teams Setup.</translation>
    </message>
    <message>
        <source>It was written by a newer FlexO Teams Setup (file version %1; this version reads version %2).</source>
        <translation>Il a été écrit par une version plus récente de FlexO Teams Setup (version de fichier %1 ; cette version lit la version %2).</translation>
    </message>
    <message>
        <source>Open it with the newer FlexO Teams Setup, or update this one.</source>
        <translation>Ouvrez-le avec la version plus récente de FlexO Teams Setup, ou mettez à jour celle-ci.</translation>
    </message>
    <message>
        <source>“%1” is not one of global, usgov-high, usgov-dod, china, custom</source>
        <translation>« %1 » ne fait pas partie de global, usgov-high, usgov-dod, china, custom</translation>
    </message>
    <message>
        <source>“%1” is not a date in the form YYYY-MM-DD</source>
        <translation>« %1 » n&apos;est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>“%1” is not a date and time in ISO 8601 form</source>
        <translation>« %1 » n&apos;est pas une date et heure au format ISO 8601</translation>
    </message>
    <message>
        <source>it must be true or false, but it is %1</source>
        <translation>elle doit valoir true ou false, mais c&apos;est %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>It ends too early, after %1 bytes: it was probably cut off while being copied or written (a full disk, an interrupted transfer).</source>
        <translation>Il se termine trop tôt, après %1 octets : il a probablement été tronqué lors de sa copie ou de son écriture (disque plein, transfert interrompu).</translation>
    </message>
    <message>
        <source>Restore the file from its backup (the same name ending in “.bak”) or export it again.</source>
        <translation>Restaurez le fichier à partir de sa sauvegarde (même nom se terminant par « .bak ») ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <source>Its JSON is nested too deeply to be a connector configuration.</source>
        <translation>Son JSON est trop profondément imbriqué pour être une configuration de connecteur.</translation>
    </message>
    <message>
        <source>It is not valid JSON: %1 at %2 (byte %3).</source>
        <translation>Ce n&apos;est pas du JSON valide : %1 à %2 (octet %3).</translation>
    </message>
    <message>
        <source>If it was edited by hand, correct it there, or restore it from its backup (the same name ending in “.bak”). Otherwise choose a file saved or exported by FlexO Teams Setup.</source>
        <translation>S&apos;il a été modifié à la main, corrigez-le, ou restaurez-le à partir de sa sauvegarde (même nom se terminant par « .bak »). Sinon, choisissez un fichier enregistré ou exporté par FlexO Teams Setup.</translation>
    </message>
    <message>
        <source>The configuration could not be saved to “%1”: %2</source>
        <translation>La configuration n&apos;a pas pu être enregistrée dans « %1 » : %2</translation>
    </message>
    <message>
        <source>There is no file at this place.</source>
        <translation>Il n&apos;y a aucun fichier à cet emplacement.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Vérifiez le nom du fichier et le dossier.</translation>
    </message>
    <message>
        <source>It is a folder or a device, not a file.</source>
        <translation>Il s&apos;agit d&apos;un dossier ou d&apos;un périphérique, et non d&apos;un fichier.</translation>
    </message>
    <message>
        <source>Choose the configuration file itself.</source>
        <translation>Choisissez le fichier de configuration lui-même.</translation>
    </message>
    <message>
        <source>It is %1 bytes large, far larger than a connector configuration (at most %2 bytes).</source>
        <translation>Sa taille est de %1 octets, bien plus qu&apos;une configuration de connecteur (au maximum %2 octets).</translation>
    </message>
    <message>
        <source>It could not be opened: %1.</source>
        <translation>Il n&apos;a pas pu être ouvert : %1.</translation>
    </message>
    <message>
        <source>Check that you may read it.</source>
        <translation>Vérifiez que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>It is larger than a connector configuration can be (%1 bytes).</source>
        <translation>Il est plus volumineux qu&apos;une configuration de connecteur ne peut l&apos;être (%1 octets).</translation>
    </message>
    <message>
        <source>It is empty.</source>
        <translation>Il est vide.</translation>
    </message>
    <message>
        <source>It is saved as UTF-16, but a configuration file must be UTF-8.</source>
        <translation>Il est enregistré en UTF-16, mais un fichier de configuration doit être en UTF-8.</translation>
    </message>
    <message>
        <source>Save it again as UTF-8 in your text editor.</source>
        <translation>Enregistrez-le à nouveau en UTF-8 dans votre éditeur de texte.</translation>
    </message>
    <message>
        <source>It is not UTF-8 text: it may be a binary file, or text in another encoding.</source>
        <translation>Ce n&apos;est pas du texte UTF-8 : il s&apos;agit peut-être d&apos;un fichier binaire ou de texte dans un autre encodage.</translation>
    </message>
    <message>
        <source>Its JSON is nested more than %1 levels deep, far more than a connector configuration.</source>
        <translation>Son JSON comporte plus de %1 niveaux d&apos;imbrication, bien plus qu&apos;une configuration de connecteur.</translation>
    </message>
    <message>
        <source>It holds a JSON list, not the JSON object a configuration is.</source>
        <translation>Il contient une liste JSON, et non l&apos;objet JSON qu&apos;est une configuration.</translation>
    </message>
    <message>
        <source>Nothing was written: the client secret is also the value of %1, and a file without the secret must not hold it anywhere.</source>
        <translation>Rien n&apos;a été écrit : le secret client est aussi la valeur de %1, et un fichier sans le secret ne doit le contenir nulle part.</translation>
    </message>
    <message>
        <source>The config has a key this version does not know whose value is the secret (perhaps added by hand or by another tool).</source>
        <translation>La configuration contient une clé inconnue de cette version dont la valeur est le secret (ajoutée peut-être à la main ou par un autre outil).</translation>
    </message>
    <message>
        <source>Remove %1 from the config, or export with --include-secret if the file is meant to hold the secret.</source>
        <translation>Retirez %1 de la configuration, ou exportez avec --include-secret si le fichier doit contenir le secret.</translation>
    </message>
    <message>
        <source>The configuration could not be saved to “%1”.</source>
        <translation>La configuration n&apos;a pas pu être enregistrée dans « %1 ».</translation>
    </message>
    <message>
        <source>A folder or a device has that name.</source>
        <translation>Un dossier ou un périphérique porte ce nom.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Its folder could not be created.</source>
        <translation>Son dossier n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Check that you may write to the parent folder.</source>
        <translation>Vérifiez que vous avez le droit d&apos;écrire dans le dossier parent.</translation>
    </message>
    <message>
        <source>The configuration was not saved to “%1”: the file already there could not be read to keep a backup of it.</source>
        <translation>La configuration n&apos;a pas été enregistrée dans « %1 » : le fichier existant n&apos;a pas pu être lu pour en conserver une sauvegarde.</translation>
    </message>
    <message>
        <source>Check that you may read and write the file.</source>
        <translation>Vérifiez que vous avez le droit de lire et d&apos;écrire le fichier.</translation>
    </message>
    <message>
        <source>The configuration was not saved to “%1”: a backup of the file already there could not be written to “%2”.</source>
        <translation>La configuration n&apos;a pas été enregistrée dans « %1 » : une sauvegarde du fichier existant n&apos;a pas pu être écrite dans « %2 ».</translation>
    </message>
</context>
<context>
    <name>flexo::ConfigRules</name>
    <message>
        <source>“%1” is not a complete web address. The %2 must be a full address that starts with https:// and names a server, for example %3.</source>
        <translation>« %1 » n&apos;est pas une adresse web complète. Le paramètre « %2 » doit être une adresse complète commençant par https:// et désignant un serveur, par exemple %3.</translation>
    </message>
    <message>
        <source>“%1” starts with %2:, but the %3 must be a web address starting with https://, for example %4.</source>
        <translation>« %1 » commence par %2:, mais le paramètre « %3 » doit être une adresse web commençant par https://, par exemple %4.</translation>
    </message>
    <message>
        <source>(hidden: it looks like a client secret)</source>
        <translation>(masqué : cela ressemble à un secret client)</translation>
    </message>
    <message>
        <source>Enter your tenant: a domain of your organization, such as contoso.onmicrosoft.com, or its Directory (tenant) ID, shown on the Overview page of the Microsoft Entra admin center.</source>
        <translation>Saisissez votre locataire : un domaine de votre organisation, tel que contoso.onmicrosoft.com, ou son ID de l&apos;annuaire (locataire), affiché sur la page Vue d&apos;ensemble du centre d&apos;administration Microsoft Entra.</translation>
    </message>
    <message>
        <source>This looks like a client secret, not a tenant. Paste it in the secret field instead, and enter your tenant&apos;s domain (such as contoso.onmicrosoft.com) or Directory (tenant) ID here.</source>
        <translation>Cela ressemble à un secret client, et non à un locataire. Collez-le plutôt dans le champ du secret, et saisissez ici le domaine de votre locataire (tel que contoso.onmicrosoft.com) ou l&apos;ID de l&apos;annuaire (locataire).</translation>
    </message>
    <message>
        <source>“%1” is not a tenant: it is a shared sign-in address that lets accounts of any organization sign in. The connector must be tied to your one tenant, so that only your organization&apos;s accounts are used and your app registration is found. Enter your Directory (tenant) ID or your domain, for example contoso.onmicrosoft.com.</source>
        <translation>« %1 » n&apos;est pas un locataire : c&apos;est une adresse de connexion partagée qui permet aux comptes de n&apos;importe quelle organisation de se connecter. Le connecteur doit être lié à votre seul locataire, afin que seuls les comptes de votre organisation soient utilisés et que votre inscription d&apos;application soit trouvée. Saisissez votre ID de l&apos;annuaire (locataire) ou votre domaine, par exemple contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>“%1” stands for personal Microsoft accounts, which cannot hold Teams meetings for FlexO. The connector must be tied to your organization&apos;s tenant: enter its Directory (tenant) ID or its domain, for example contoso.onmicrosoft.com.</source>
        <translation>« %1 » désigne les comptes Microsoft personnels, qui ne peuvent pas héberger de réunions Teams pour FlexO. Le connecteur doit être lié au locataire de votre organisation : saisissez son ID de l&apos;annuaire (locataire) ou son domaine, par exemple contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The all-zero ID is a placeholder, not a real tenant. Copy the Directory (tenant) ID from the Overview page of the Microsoft Entra admin center, or enter your domain instead.</source>
        <translation>L&apos;ID composé uniquement de zéros est un espace réservé, et non un vrai locataire. Copiez l&apos;ID de l&apos;annuaire (locataire) depuis la page Vue d&apos;ensemble du centre d&apos;administration Microsoft Entra, ou saisissez plutôt votre domaine.</translation>
    </message>
    <message>
        <source>Enter only the tenant, not a web address: here, %1.</source>
        <translation>Saisissez uniquement le locataire, et non une adresse web : ici, %1.</translation>
    </message>
    <message>
        <source>Enter only the tenant ID or domain, not a web address. For https://login.microsoftonline.com/contoso.onmicrosoft.com, enter contoso.onmicrosoft.com.</source>
        <translation>Saisissez uniquement l&apos;ID ou le domaine du locataire, et non une adresse web. Pour https://login.microsoftonline.com/contoso.onmicrosoft.com, saisissez contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>“%1” is an email address. Enter only the domain, the part after @ (%2), or the Directory (tenant) ID.</source>
        <translation>« %1 » est une adresse e-mail. Saisissez uniquement le domaine, c&apos;est-à-dire la partie après @ (%2), ou l&apos;ID de l&apos;annuaire (locataire).</translation>
    </message>
    <message>
        <source>This looks like a tenant ID, but it is not complete: a Directory (tenant) ID has 36 characters, such as aaaabbbb-0000-cccc-1111-dddd2222eeee. Copy it again from the Overview page of the Microsoft Entra admin center.</source>
        <translation>Cela ressemble à un ID de locataire, mais il est incomplet : un ID de l&apos;annuaire (locataire) comporte 36 caractères, par exemple aaaabbbb-0000-cccc-1111-dddd2222eeee. Copiez-le à nouveau depuis la page Vue d&apos;ensemble du centre d&apos;administration Microsoft Entra.</translation>
    </message>
    <message>
        <source>“%1” is neither a tenant ID nor a domain. Enter the Directory (tenant) ID (36 characters, such as aaaabbbb-0000-cccc-1111-dddd2222eeee) or a domain of your organization, such as contoso.onmicrosoft.com.</source>
        <translation>« %1 » n&apos;est ni un ID de locataire ni un domaine. Saisissez l&apos;ID de l&apos;annuaire (locataire) (36 caractères, par exemple aaaabbbb-0000-cccc-1111-dddd2222eeee) ou un domaine de votre organisation, tel que contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Enter the Application (client) ID shown on the Overview page of the app registration.</source>
        <translation>Saisissez l&apos;ID d&apos;application (client) affiché sur la page Vue d&apos;ensemble de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>This is not an Application (client) ID, which has 36 characters, such as 00001111-aaaa-2222-bbbb-3333cccc4444. Copy it from the Overview page of the app registration.</source>
        <translation>Ce n&apos;est pas un ID d&apos;application (client), qui comporte 36 caractères, par exemple 00001111-aaaa-2222-bbbb-3333cccc4444. Copiez-le depuis la page Vue d&apos;ensemble de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>The all-zero ID is a placeholder, not a real application. Copy the Application (client) ID from the Overview page of the app registration.</source>
        <translation>L&apos;ID composé uniquement de zéros est un espace réservé, et non une vraie application. Copiez l&apos;ID d&apos;application (client) depuis la page Vue d&apos;ensemble de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>This is the ID of Microsoft Graph itself, not of your app registration. Copy the Application (client) ID from the Overview page of the app registration.</source>
        <translation>Il s&apos;agit de l&apos;ID de Microsoft Graph lui-même, et non de votre inscription d&apos;application. Copiez l&apos;ID d&apos;application (client) depuis la page Vue d&apos;ensemble de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>This is the Directory (tenant) ID, not the Application (client) ID. Both are on the Overview page of the app registration: copy the one labelled “Application (client) ID”.</source>
        <translation>Il s&apos;agit de l&apos;ID de l&apos;annuaire (locataire), et non de l&apos;ID d&apos;application (client). Les deux figurent sur la page Vue d&apos;ensemble de l&apos;inscription d&apos;application : copiez celui intitulé « ID d&apos;application (client) ».</translation>
    </message>
    <message>
        <source>Paste the client secret&apos;s Value, from Certificates &amp; secrets → Client secrets, “Value” column.</source>
        <translation>Collez la Valeur du secret client, depuis Certificats et secrets → Secrets client, colonne « Valeur ».</translation>
    </message>
    <message>
        <source>This is the Secret ID, not the secret. Paste the “Value” column of Certificates &amp; secrets instead. The Value is shown only once, right after the secret is created: if it is gone, create a new client secret and copy its Value.</source>
        <translation>Il s&apos;agit de l&apos;ID de secret, et non du secret. Collez plutôt la colonne « Valeur » de Certificats et secrets. La Valeur n&apos;est affichée qu&apos;une seule fois, juste après la création du secret : si elle n&apos;est plus visible, créez un nouveau secret client et copiez sa Valeur.</translation>
    </message>
    <message>
        <source>This is the shortened hint the portal shows once you leave the page, not the secret. The Value is shown in full only once, right after the secret is created: create a new client secret and copy its Value.</source>
        <translation>Il s&apos;agit de l&apos;indice abrégé que le portail affiche une fois la page quittée, et non du secret. La Valeur n&apos;est affichée en entier qu&apos;une seule fois, juste après la création du secret : créez un nouveau secret client et copiez sa Valeur.</translation>
    </message>
    <message>
        <source>The value contains a space or a line break, which a client secret never does: more than the Value was probably copied. Copy only the “Value” cell with its Copy button.</source>
        <translation>La valeur contient un espace ou un saut de ligne, ce qui n&apos;arrive jamais dans un secret client : vous avez probablement copié plus que la Valeur. Copiez uniquement la cellule « Valeur » à l&apos;aide de son bouton Copier.</translation>
    </message>
    <message>
        <source>The value contains a character that a client secret never has (“%1”). Copy the “Value” cell again with its Copy button.</source>
        <translation>La valeur contient un caractère qu&apos;un secret client ne comporte jamais (« %1 »). Copiez à nouveau la cellule « Valeur » à l&apos;aide de son bouton Copier.</translation>
    </message>
    <message>
        <source>The value has %1 characters, but a client secret has %2 to %3 (usually 40): it was probably copied only in part. Copy the whole “Value” cell with its Copy button.</source>
        <translation>La valeur comporte %1 caractères, alors qu&apos;un secret client en comporte de %2 à %3 (généralement 40) : elle n&apos;a probablement été copiée qu&apos;en partie. Copiez toute la cellule « Valeur » à l&apos;aide de son bouton Copier.</translation>
    </message>
    <message>
        <source>The value has %1 characters, but a client secret has at most %2 (usually 40): more than the Value was probably copied. Copy only the “Value” cell with its Copy button.</source>
        <translation>La valeur comporte %1 caractères, alors qu&apos;un secret client en comporte au maximum %2 (généralement 40) : vous avez probablement copié plus que la Valeur. Copiez uniquement la cellule « Valeur » à l&apos;aide de son bouton Copier.</translation>
    </message>
    <message>
        <source>This has the shape of a client secret Value.</source>
        <translation>Ceci a la forme d&apos;une Valeur de secret client.</translation>
    </message>
    <message>
        <source>This does not have the shape of recent client secrets (which contain “Q~”), but older secrets look like this one, so it is accepted. The credentials check will tell whether it is right.</source>
        <translation>Ceci n&apos;a pas la forme des secrets client récents (qui contiennent « Q~ »), mais les secrets plus anciens ressemblent à celui-ci : il est donc accepté. La vérification des informations d&apos;identification indiquera s&apos;il est correct.</translation>
    </message>
    <message>
        <source>This is the Application (client) ID, not the secret. Paste the “Value” column of Certificates &amp; secrets instead. The Value is shown only once, right after the secret is created: if it is gone, create a new client secret and copy its Value.</source>
        <translation>Il s&apos;agit de l&apos;ID d&apos;application (client), et non du secret. Collez plutôt la colonne « Valeur » de Certificats et secrets. La Valeur n&apos;est affichée qu&apos;une seule fois, juste après la création du secret : si elle n&apos;est plus visible, créez un nouveau secret client et copiez sa Valeur.</translation>
    </message>
    <message>
        <source>This is the Directory (tenant) ID, not the secret. Paste the “Value” column of Certificates &amp; secrets instead. The Value is shown only once, right after the secret is created: if it is gone, create a new client secret and copy its Value.</source>
        <translation>Il s&apos;agit de l&apos;ID de l&apos;annuaire (locataire), et non du secret. Collez plutôt la colonne « Valeur » de Certificats et secrets. La Valeur n&apos;est affichée qu&apos;une seule fois, juste après la création du secret : si elle n&apos;est plus visible, créez un nouveau secret client et copiez sa Valeur.</translation>
    </message>
    <message>
        <source>The secret&apos;s expiry date is not known. Enter the date shown in the “Expires” column of Certificates &amp; secrets, so that you are warned before the secret stops working.</source>
        <translation>La date d&apos;expiration du secret est inconnue. Saisissez la date affichée dans la colonne « Expire » de Certificats et secrets, afin d&apos;être averti avant que le secret cesse de fonctionner.</translation>
    </message>
    <message>
        <source>The client secret expired on %1, so FlexO can no longer connect to Teams with it. Create a new client secret (Certificates &amp; secrets → New client secret) and enter its Value and expiry date.</source>
        <translation>Le secret client a expiré le %1 : FlexO ne peut donc plus se connecter à Teams avec lui. Créez un nouveau secret client (Certificats et secrets → Nouveau secret client) et saisissez sa Valeur et sa date d&apos;expiration.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>The client secret expires %1 (%2). Create a new client secret now and update FlexO with it, or Teams meetings will stop being created on that day.</source>
        <translation>Le secret client expire %1 (%2). Créez dès maintenant un nouveau secret client et mettez FlexO à jour avec celui-ci, sinon les réunions Teams ne seront plus créées à partir de ce jour.</translation>
    </message>
    <message>
        <source>%1 is more than 24 months away, but a client secret lasts at most 24 months. Check the date for a typo, for example in the year.</source>
        <translation>La date %1 se situe à plus de 24 mois, alors qu&apos;un secret client dure au maximum 24 mois. Vérifiez que la date ne contient pas de faute de frappe, par exemple dans l&apos;année.</translation>
    </message>
    <message>
        <source>redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Enter the redirect URI given by FlexO, for example %1.</source>
        <translation>Saisissez l&apos;URI de redirection fourni par FlexO, par exemple %1.</translation>
    </message>
    <message>
        <source>This redirect URI has %1 characters, but Microsoft accepts at most %2. Ask for a shorter address for FlexO.</source>
        <translation>Cet URI de redirection comporte %1 caractères, mais Microsoft en accepte au maximum %2. Demandez une adresse plus courte pour FlexO.</translation>
    </message>
    <message>
        <source>“%1” contains “#”. Microsoft does not accept a redirect URI with a fragment (the part from #): remove it.</source>
        <translation>« %1 » contient « # ». Microsoft n&apos;accepte pas d&apos;URI de redirection comportant un fragment (la partie à partir de #) : supprimez-le.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which Microsoft does not accept in a redirect URI. Ask for an address without it.</source>
        <translation>« %1 » contient « %2 », que Microsoft n&apos;accepte pas dans un URI de redirection. Demandez une adresse qui n&apos;en contient pas.</translation>
    </message>
    <message>
        <source>“%1” has no path: Microsoft matches it as %2, with a trailing slash. Make sure FlexO uses exactly the same address.</source>
        <translation>« %1 » n&apos;a pas de chemin : Microsoft le compare sous la forme %2, avec une barre oblique finale. Assurez-vous que FlexO utilise exactement la même adresse.</translation>
    </message>
    <message>
        <source>lifecycle URL</source>
        <translation>URL de cycle de vie</translation>
    </message>
    <message>
        <source>Enter the lifecycle URL given by your FlexO representative, for example %1.</source>
        <translation>Saisissez l&apos;URL de cycle de vie fournie par votre interlocuteur FlexO, par exemple %1.</translation>
    </message>
    <message>
        <source>“%1” uses http://, but the lifecycle URL must use https://. Enter the https:// address given by your FlexO representative.</source>
        <translation>« %1 » utilise http://, mais l&apos;URL de cycle de vie doit utiliser https://. Saisissez l&apos;adresse https:// fournie par votre interlocuteur FlexO.</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>A custom cloud needs both base URLs, for example %1.</source>
        <translation>Un cloud personnalisé nécessite les deux URL de base, par exemple %1.</translation>
    </message>
    <message>
        <source>“%1” contains “?” or “#”. A base URL is the start of the addresses this tool builds: remove everything from the ? or #.</source>
        <translation>« %1 » contient « ? » ou « # ». Une URL de base est le début des adresses construites par cet outil : supprimez tout ce qui suit le ? ou le #, ces caractères compris.</translation>
    </message>
    <message>
        <source>The tenant ID “%1” is not a GUID. Put a domain in the tenant domain instead, or enter the Directory (tenant) ID.</source>
        <translation>L&apos;ID de locataire « %1 » n&apos;est pas un GUID. Placez plutôt un domaine dans le domaine du locataire, ou saisissez l&apos;ID de l&apos;annuaire (locataire).</translation>
    </message>
    <message>
        <source>The tenant domain “%1” is a GUID. Put it in the tenant ID instead, or enter a domain such as contoso.onmicrosoft.com.</source>
        <translation>Le domaine du locataire « %1 » est un GUID. Placez-le plutôt dans l&apos;ID de locataire, ou saisissez un domaine tel que contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The secret does not begin with “%1”, the hint recorded with its expiry date: it may be another secret than the one whose expiry date is known. Check the “Value” hint in Certificates &amp; secrets.</source>
        <translation>Le secret ne commence pas par « %1 », l&apos;indice enregistré avec sa date d&apos;expiration : il s&apos;agit peut-être d&apos;un autre secret que celui dont la date d&apos;expiration est connue. Vérifiez l&apos;indice de « Valeur » dans Certificats et secrets.</translation>
    </message>
    <message>
        <source>The secret hint “%1” should be the first 3 characters of the secret, as shown in Certificates &amp; secrets.</source>
        <translation>L&apos;indice de secret « %1 » doit correspondre aux 3 premiers caractères du secret, tels qu&apos;affichés dans Certificats et secrets.</translation>
    </message>
    <message>
        <source>No redirect URI is set. Enter the redirect URIs given by your FlexO representative.</source>
        <translation>Aucun URI de redirection n&apos;est défini. Saisissez les URI de redirection fournis par votre interlocuteur FlexO.</translation>
    </message>
    <message>
        <source>“%1” is listed twice; one is enough.</source>
        <translation>« %1 » figure deux fois dans la liste ; une seule suffit.</translation>
    </message>
    <message>
        <source>“%1” is not a proxy address. Enter it as http://host:port (for example http://proxy.example.com:3128), “none” for no proxy, or leave it empty to use the system&apos;s proxy settings.</source>
        <translation>« %1 » n&apos;est pas une adresse de proxy. Saisissez-la sous la forme http://hôte:port (par exemple http://proxy.example.com:3128), « none » pour ne pas utiliser de proxy, ou laissez le champ vide pour utiliser les paramètres de proxy du système.</translation>
    </message>
    <message>
        <source>Microsoft does not support [::1] in redirect URIs. Use http://localhost instead (or http://127.0.0.1, which the Azure portal accepts only through the app&apos;s Manifest).</source>
        <translation>Microsoft ne prend pas en charge [::1] dans les URI de redirection. Utilisez plutôt http://localhost (ou http://127.0.0.1, que le portail Azure n&apos;accepte que via le Manifeste de l&apos;application).</translation>
    </message>
    <message>
        <source>“%1” uses http://. Microsoft accepts http only for localhost and 127.0.0.1 (127.0.0.1 only through the app&apos;s Manifest); every other redirect URI must start with https://.</source>
        <translation>« %1 » utilise http://. Microsoft n&apos;accepte http que pour localhost et 127.0.0.1 (127.0.0.1 uniquement via le Manifeste de l&apos;application) ; tout autre URI de redirection doit commencer par https://.</translation>
    </message>
    <message>
        <source>The Azure portal accepts only http://localhost addresses on the Web platform: register “%1” in the app&apos;s Manifest (replyUrlsWithType, type &quot;Web&quot;), or use http://localhost instead.</source>
        <translation>Le portail Azure n&apos;accepte que des adresses http://localhost sur la plateforme Web : inscrivez « %1 » dans le Manifeste de l&apos;application (replyUrlsWithType, type &quot;Web&quot;), ou utilisez plutôt http://localhost.</translation>
    </message>
    <message>
        <source>“%1” uses http://, which would send secrets and tokens unencrypted. Use https://; http is accepted only for a server on this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>« %1 » utilise http://, qui enverrait les secrets et les jetons sans chiffrement. Utilisez https:// ; http n&apos;est accepté que pour un serveur sur cet ordinateur (localhost, 127.0.0.1 ou ::1).</translation>
    </message>
    <message>
        <source>The configuration has no tenant ID (GUID), so its secret cannot be found in the keychain. Provide the secret another way (standard input or the FLEXO_CLIENT_SECRET variable), or save it again from the wizard.</source>
        <translation>La configuration n&apos;a pas d&apos;ID de locataire (GUID) : son secret ne peut donc pas être trouvé dans le trousseau. Fournissez le secret autrement (entrée standard ou variable FLEXO_CLIENT_SECRET), ou enregistrez-le à nouveau depuis l&apos;assistant.</translation>
    </message>
</context>
<context>
    <name>flexo::Diagnosis</name>
    <message>
        <source>No client secret was given, and no keychain is used.</source>
        <translation>Aucun secret client n&apos;a été fourni, et aucun trousseau n&apos;est utilisé.</translation>
    </message>
    <message>
        <source>Give it with --secret-stdin or FLEXO_CLIENT_SECRET.</source>
        <translation>Fournissez-le avec --secret-stdin ou FLEXO_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>No keychain is used.</source>
        <translation>Aucun trousseau n&apos;est utilisé.</translation>
    </message>
</context>
<context>
    <name>flexo::DiscoveryCheck</name>
    <message>
        <source>Tenant discovery</source>
        <translation>Découverte du locataire</translation>
    </message>
    <message>
        <source>The tenant %1 exists in %2 (tenant ID %3).</source>
        <translation>Le locataire %1 existe dans %2 (ID de locataire %3).</translation>
    </message>
</context>
<context>
    <name>flexo::FactLabels</name>
    <message>
        <source>Entra error number</source>
        <translation>Numéro d&apos;erreur Entra</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Compte connecté</translation>
    </message>
    <message>
        <source>Admin-consent link</source>
        <translation>Lien de consentement d&apos;administrateur</translation>
    </message>
    <message>
        <source>Request to send to an administrator</source>
        <translation>Demande à envoyer à un administrateur</translation>
    </message>
    <message>
        <source>Answer lost on the way</source>
        <translation>Réponse perdue en chemin</translation>
    </message>
    <message>
        <source>Answered by (not Microsoft)</source>
        <translation>Réponse fournie par (pas Microsoft)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Client request ID</source>
        <translation>ID de requête client</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Cloud instance</source>
        <translation>Instance cloud</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <source>Creation not confirmed</source>
        <translation>Création non confirmée</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Address tried</source>
        <translation>Adresse essayée</translation>
    </message>
    <message>
        <source>FlexO addresses</source>
        <translation>Adresses FlexO</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Access valid until</source>
        <translation>Accès valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Access valid for (seconds)</source>
        <translation>Durée de validité de l&apos;accès (secondes)</translation>
    </message>
    <message>
        <source>Probe meeting&apos;s own ID</source>
        <translation>ID propre de la réunion de test</translation>
    </message>
    <message>
        <source>Granted permissions</source>
        <translation>Autorisations accordées</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Meeting join link</source>
        <translation>Lien de participation à la réunion</translation>
    </message>
    <message>
        <source>Unreadable cleanup list kept aside as</source>
        <translation>Liste de nettoyage illisible mise de côté sous</translation>
    </message>
    <message>
        <source>Probe meeting left behind</source>
        <translation>Réunion de test restée en place</translation>
    </message>
    <message>
        <source>Join links of left-over probe meetings</source>
        <translation>Liens de participation des réunions de test restantes</translation>
    </message>
    <message>
        <source>Left-over probe meetings</source>
        <translation>Réunions de test restantes</translation>
    </message>
    <message>
        <source>Left-over probe meetings still being removed</source>
        <translation>Réunions de test restantes en cours de suppression</translation>
    </message>
    <message>
        <source>Left-over probe meetings of other accounts</source>
        <translation>Réunions de test restantes d&apos;autres comptes</translation>
    </message>
    <message>
        <source>Left-over probe meetings removed</source>
        <translation>Réunions de test restantes supprimées</translation>
    </message>
    <message>
        <source>Probe meeting ID</source>
        <translation>ID de la réunion de test</translation>
    </message>
    <message>
        <source>Missing permissions</source>
        <translation>Autorisations manquantes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Account object ID</source>
        <translation>ID d&apos;objet du compte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Redirect URI sent</source>
        <translation>URI de redirection envoyé</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>New refresh token received</source>
        <translation>Nouveau jeton d&apos;actualisation reçu</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Answers that were retried</source>
        <translation>Réponses suivies d&apos;une nouvelle tentative</translation>
    </message>
    <message>
        <source>Tenant of the account</source>
        <translation>Locataire du compte</translation>
    </message>
    <message>
        <source>Why it did not run</source>
        <translation>Raison de la non-exécution</translation>
    </message>
    <message>
        <source>Meeting subject</source>
        <translation>Objet de la réunion</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID du locataire</translation>
    </message>
    <message>
        <source>Tenant region</source>
        <translation>Région du locataire</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Délai maximal (secondes)</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Type de jeton</translation>
    </message>
    <message>
        <source>Time spent trying (ms)</source>
        <translation>Temps passé en tentatives (ms)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>URI de redirection à inscrire</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>From the kept sign-in</source>
        <translation>Depuis la connexion conservée</translation>
    </message>
    <message>
        <source>Rotated sign-in stored</source>
        <translation>Connexion renouvelée enregistrée</translation>
    </message>
    <message>
        <source>Sign-in kept since</source>
        <translation>Connexion conservée depuis</translation>
    </message>
    <message>
        <source>Waited for the service&apos;s Retry-After (ms)</source>
        <translation>Attente demandée par le service (Retry-After, ms)</translation>
    </message>
</context>
<context>
    <name>flexo::FlexoEndpointsCheck</name>
    <message>
        <source>FlexO addresses</source>
        <translation>Adresses FlexO</translation>
    </message>
    <message>
        <source>no FlexO redirect URI or lifecycle URL in the configuration</source>
        <translation>aucun URI de redirection ni URL de cycle de vie FlexO dans la configuration</translation>
    </message>
    <message>
        <source>%1: reachable, certificate valid</source>
        <translation>%1 : joignable, certificat valide</translation>
    </message>
    <message>
        <source>All %1 FlexO addresses are reachable and present a valid certificate.</source>
        <translation>Les %1 adresses FlexO sont toutes joignables et présentent un certificat valide.</translation>
    </message>
</context>
<context>
    <name>flexo::FlexoHandover</name>
    <message>
        <source>the client secret</source>
        <translation>le secret client</translation>
    </message>
    <message>
        <source>%1 (expires on %2)</source>
        <translation>%1 (expire le %2)</translation>
    </message>
    <message>
        <source>In FlexO, save the Teams integration with these values but leave it disabled. Enable it only once the first user has signed in to Teams from FlexO successfully.</source>
        <translation>Dans FlexO, enregistrez l&apos;intégration Teams avec ces valeurs, mais laissez-la désactivée. Ne l&apos;activez qu&apos;une fois que le premier utilisateur s&apos;est connecté avec succès à Teams depuis FlexO.</translation>
    </message>
    <message numerus="yes">
        <source>A copied secret is removed from the clipboard after %n seconds.</source>
        <translation>
            <numerusform>Un secret copié est retiré du presse-papiers après %n seconde.</numerusform>
            <numerusform>Un secret copié est retiré du presse-papiers après %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client secret is available.</source>
        <translation>Aucun secret client n&apos;est disponible.</translation>
    </message>
    <message>
        <source>There is no keychain to read it from.</source>
        <translation>Il n&apos;y a aucun trousseau où le lire.</translation>
    </message>
    <message>
        <source>Type the secret into FlexO yourself, or replace the client secret.</source>
        <translation>Saisissez vous-même le secret dans FlexO, ou remplacez le secret client.</translation>
    </message>
</context>
<context>
    <name>flexo::KeptSignInRefresh</name>
    <message>
        <source>The monitoring sign-in has expired or was revoked; run the test sign-in again with --keep-sign-in.</source>
        <translation>La connexion de surveillance a expiré ou a été révoquée ; relancez la connexion de test avec --keep-sign-in.</translation>
    </message>
    <message>
        <source>Run `flexo-teams-setup diagnose --interactive --keep-sign-in` with this config (or the wizard&apos;s test sign-in with &quot;Keep this sign-in&quot; ticked) and sign in again.</source>
        <translation>Exécutez `flexo-teams-setup diagnose --interactive --keep-sign-in` avec cette configuration (ou la connexion de test de l&apos;assistant avec « Conserver cette connexion » coché) et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s token endpoint gave an answer without a token.</source>
        <translation>Le point de terminaison de jeton de Microsoft a renvoyé une réponse sans jeton.</translation>
    </message>
    <message>
        <source>A proxy or another device may have answered instead of Microsoft.</source>
        <translation>Un proxy ou un autre appareil a peut-être répondu à la place de Microsoft.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the proxy settings.</source>
        <translation>Réessayez ; si le problème persiste, vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The kept monitoring sign-in was redeemed without a person.</source>
        <translation>La connexion de surveillance conservée a été utilisée sans intervention humaine.</translation>
    </message>
    <message>
        <source>The kept monitoring sign-in of %1 was redeemed without a person.</source>
        <translation>La connexion de surveillance conservée de %1 a été utilisée sans intervention humaine.</translation>
    </message>
    <message>
        <source>The consent to the app&apos;s permissions was withdrawn after the sign-in was kept.</source>
        <translation>Le consentement aux autorisations de l&apos;application a été retiré après la conservation de la connexion.</translation>
    </message>
</context>
<context>
    <name>flexo::KeychainBinding</name>
    <message>
        <source>The keychain entry of a secret is tied to the cloud&apos;s sign-in address, the tenant ID and the client ID, so that a config file cannot point at another connector&apos;s secret.</source>
        <translation>L&apos;entrée de trousseau d&apos;un secret est liée à l&apos;adresse de connexion du cloud, à l&apos;ID du locataire et à l&apos;ID client, afin qu&apos;un fichier de configuration ne puisse pas désigner le secret d&apos;un autre connecteur.</translation>
    </message>
    <message>
        <source>The client secret of this config cannot be looked up in the keychain: the config has no tenant ID (GUID).</source>
        <translation>Le secret client de cette configuration ne peut pas être recherché dans le trousseau : la configuration n&apos;a pas d&apos;ID de locataire (GUID).</translation>
    </message>
    <message>
        <source>Give the secret with --secret-stdin or FLEXO_CLIENT_SECRET, or save the config again from the wizard, which finds the tenant ID.</source>
        <translation>Fournissez le secret avec --secret-stdin ou FLEXO_CLIENT_SECRET, ou enregistrez à nouveau la configuration depuis l&apos;assistant, qui trouve l&apos;ID du locataire.</translation>
    </message>
    <message>
        <source>The client secret of this config cannot be looked up in the keychain: the config has no valid Application (client) ID.</source>
        <translation>Le secret client de cette configuration ne peut pas être recherché dans le trousseau : la configuration n&apos;a pas d&apos;ID d&apos;application (client) valide.</translation>
    </message>
    <message>
        <source>Correct the client ID in the config, or save it again from the wizard.</source>
        <translation>Corrigez l&apos;ID client dans la configuration, ou enregistrez-la à nouveau depuis l&apos;assistant.</translation>
    </message>
</context>
<context>
    <name>flexo::LoopbackListener</name>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>This request was not understood.</source>
        <translation>Cette requête n&apos;a pas été comprise.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Sign-in answer not accepted</source>
        <translation>Réponse de connexion refusée</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in FlexO Teams Setup is waiting for (it may come from an older browser tab). Return to FlexO Teams Setup and start the test sign-in again if it does not finish.</source>
        <translation>Cette réponse ne correspond pas à la connexion attendue par FlexO Teams Setup (elle provient peut-être d&apos;un ancien onglet du navigateur). Revenez à FlexO Teams Setup et relancez la connexion de test si elle ne se termine pas.</translation>
    </message>
    <message>
        <source>Sign-in answer received</source>
        <translation>Réponse de connexion reçue</translation>
    </message>
    <message>
        <source>FlexO Teams Setup received Microsoft&apos;s answer. You can close this tab and return to FlexO Teams Setup to see the result.</source>
        <translation>FlexO Teams Setup a reçu la réponse de Microsoft. Vous pouvez fermer cet onglet et revenir à FlexO Teams Setup pour voir le résultat.</translation>
    </message>
</context>
<context>
    <name>flexo::MeetingCreateCheck</name>
    <message>
        <source>Removed 1 probe meeting left by an earlier run.</source>
        <translation>1 réunion de test laissée par une exécution précédente a été supprimée.</translation>
    </message>
    <message>
        <source>Removed %1 probe meetings left by earlier runs.</source>
        <translation>%1 réunions de test laissées par des exécutions précédentes ont été supprimées.</translation>
    </message>
    <message numerus="yes">
        <source>Left alone %n probe meeting(s) of another run still in progress.</source>
        <translation>
            <numerusform>%n réunion de test d&apos;une autre exécution encore en cours a été laissée telle quelle.</numerusform>
            <numerusform>%n réunions de test d&apos;une autre exécution encore en cours ont été laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone %n probe meeting(s) of another account or tenant.</source>
        <translation>
            <numerusform>%n réunion de test d&apos;un autre compte ou locataire a été laissée telle quelle.</numerusform>
            <numerusform>%n réunions de test d&apos;un autre compte ou locataire ont été laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>a meeting not found again (externalId %1)</source>
        <translation>une réunion introuvable (externalId %1)</translation>
    </message>
    <message>
        <source>A test meeting left by an earlier, interrupted run could not be removed: %1.</source>
        <translation>Une réunion de test laissée par une exécution précédente interrompue n&apos;a pas pu être supprimée : %1.</translation>
    </message>
    <message>
        <source>Delete that meeting in Teams or Outlook; it is safe to delete. The next diagnose run also tries again.</source>
        <translation>Supprimez cette réunion dans Teams ou Outlook ; sa suppression est sans risque. La prochaine exécution du diagnostic réessaiera également.</translation>
    </message>
    <message>
        <source>The probe meeting journal could not be read; it was kept as %1 and a new one was started. Probe meetings it listed were not removed.</source>
        <translation>Le journal des réunions de test n&apos;a pas pu être lu ; il a été conservé sous %1 et un nouveau a été commencé. Les réunions de test qu&apos;il listait n&apos;ont pas été supprimées.</translation>
    </message>
    <message>
        <source>Open %1, delete in Teams or Outlook the &quot;FlexO connection test&quot; meetings it names (id and join link), then delete the file.</source>
        <translation>Ouvrez %1, supprimez dans Teams ou Outlook les réunions « Test de connexion FlexO » qu&apos;il mentionne (ID et lien de participation), puis supprimez le fichier.</translation>
    </message>
    <message>
        <source>It is not known whether Microsoft Graph created the test meeting.</source>
        <translation>On ne sait pas si Microsoft Graph a créé la réunion de test.</translation>
    </message>
    <message>
        <source>The next run asks Microsoft Graph for this probe&apos;s meeting (externalId %1) and deletes it. Until then a &quot;%2&quot; meeting may be in the signed-in account&apos;s Teams; it is safe to delete.</source>
        <translation>La prochaine exécution demandera à Microsoft Graph la réunion de ce test (externalId %1) et la supprimera. D&apos;ici là, une réunion « %2 » peut se trouver dans le Teams du compte connecté ; elle peut être supprimée sans risque.</translation>
    </message>
    <message>
        <source>Microsoft Graph created the test meeting: the permission OnlineMeetings.ReadWrite works. An answer was lost on the way, and the request with this probe&apos;s externalId returned that same meeting (200), so there is only one.</source>
        <translation>Microsoft Graph a créé la réunion de test : l&apos;autorisation OnlineMeetings.ReadWrite fonctionne. Une réponse s&apos;est perdue en chemin, et la requête avec l&apos;externalId de ce test a renvoyé cette même réunion (200) : il n&apos;y en a donc qu&apos;une.</translation>
    </message>
    <message>
        <source>Microsoft Graph created the test meeting (201) when asked again with the same externalId: the permission OnlineMeetings.ReadWrite works.</source>
        <translation>Microsoft Graph a créé la réunion de test (201) lors de la nouvelle demande avec le même externalId : l&apos;autorisation OnlineMeetings.ReadWrite fonctionne.</translation>
    </message>
    <message>
        <source>Microsoft Graph created the test meeting (201): the permission OnlineMeetings.ReadWrite works.</source>
        <translation>Microsoft Graph a créé la réunion de test (201) : l&apos;autorisation OnlineMeetings.ReadWrite fonctionne.</translation>
    </message>
    <message>
        <source>Create a test meeting</source>
        <translation>Créer une réunion de test</translation>
    </message>
    <message>
        <source>not available in that cloud</source>
        <translation>non disponible dans ce cloud</translation>
    </message>
    <message>
        <source>Microsoft Graph created the test meeting.</source>
        <translation>Microsoft Graph a créé la réunion de test.</translation>
    </message>
</context>
<context>
    <name>flexo::MeetingDeleteCheck</name>
    <message>
        <source>Delete the test meeting</source>
        <translation>Supprimer la réunion de test</translation>
    </message>
    <message>
        <source>skipped because no test meeting was created</source>
        <translation>ignorée car aucune réunion de test n&apos;a été créée</translation>
    </message>
    <message>
        <source>a meeting not found again (externalId %1)</source>
        <translation>une réunion introuvable (externalId %1)</translation>
    </message>
    <message>
        <source>The test meeting was deleted (204) and is gone (404): nothing was left behind.</source>
        <translation>La réunion de test a été supprimée (204) et n&apos;existe plus (404) : rien n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>The test meeting was deleted (204) and is gone (404). Still there from an earlier run: %1.</source>
        <translation>La réunion de test a été supprimée (204) et n&apos;existe plus (404). Reste d&apos;une exécution précédente : %1.</translation>
    </message>
    <message>
        <source>The test meeting could not be confirmed gone.</source>
        <translation>La disparition de la réunion de test n&apos;a pas pu être confirmée.</translation>
    </message>
    <message>
        <source>The test meeting %1 (join link %2) may still be in the signed-in account: delete the &quot;%3&quot; meeting in Teams or Outlook. The next run also tries again.</source>
        <translation>La réunion de test %1 (lien de participation %2) se trouve peut-être encore dans le compte connecté : supprimez la réunion « %3 » dans Teams ou Outlook. La prochaine exécution réessaiera également.</translation>
    </message>
</context>
<context>
    <name>flexo::MeetingProbe</name>
    <message>
        <source>FlexO connection test - safe to delete</source>
        <translation>Test de connexion FlexO - suppression sans risque</translation>
    </message>
    <message>
        <source>The signed-in account is not known well enough to create a probe meeting.</source>
        <translation>Le compte connecté n&apos;est pas suffisamment connu pour créer une réunion de test.</translation>
    </message>
    <message>
        <source>Its tenant and object ID come from the test sign-in; without them a probe meeting could not be told apart from other accounts&apos; if it had to be removed later.</source>
        <translation>Son locataire et son ID d&apos;objet proviennent de la connexion de test ; sans eux, une réunion de test ne pourrait pas être distinguée de celles d&apos;autres comptes s&apos;il fallait la supprimer plus tard.</translation>
    </message>
    <message>
        <source>Run the test sign-in again.</source>
        <translation>Relancez la connexion de test.</translation>
    </message>
    <message>
        <source>The probe meeting journal&apos;s folder cannot be written: no probe meeting is created.</source>
        <translation>Le dossier du journal des réunions de test ne peut pas être écrit : aucune réunion de test n&apos;est créée.</translation>
    </message>
    <message>
        <source>The run&apos;s lock file %1 cannot be created.</source>
        <translation>Le fichier de verrou %1 de l&apos;exécution ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Check the free space and permissions of that folder.</source>
        <translation>Vérifiez l&apos;espace libre et les permissions de ce dossier.</translation>
    </message>
    <message>
        <source>The probe meeting still exists after Microsoft Graph confirmed its deletion.</source>
        <translation>La réunion de test existe toujours alors que Microsoft Graph a confirmé sa suppression.</translation>
    </message>
    <message>
        <source>Graph&apos;s replicas may lag behind for a short time.</source>
        <translation>Les réplicas de Graph peuvent avoir un court temps de retard.</translation>
    </message>
    <message>
        <source>Run the check again in a minute; remove the meeting by its join link if it stays.</source>
        <translation>Relancez la vérification dans une minute ; si la réunion persiste, supprimez-la à l&apos;aide de son lien de participation.</translation>
    </message>
</context>
<context>
    <name>flexo::NagiosReport</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>the run was stopped before every check finished</source>
        <translation>l&apos;exécution a été arrêtée avant la fin de toutes les vérifications</translation>
    </message>
    <message>
        <source>not everything could be checked: %1 %2</source>
        <translation>tout n&apos;a pas pu être vérifié : %1 %2</translation>
    </message>
    <message>
        <source>not everything could be checked</source>
        <translation>tout n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>every check passed, a probe meeting was created</source>
        <translation>toutes les vérifications ont réussi, une réunion de test a été créée</translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation>toutes les vérifications ont réussi</translation>
    </message>
    <message>
        <source>no connector config was checked</source>
        <translation>aucune configuration de connecteur n&apos;a été vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>%n connector config(s) checked, every check passed</source>
        <translation>
            <numerusform>%n configuration de connecteur vérifiée, toutes les vérifications ont réussi</numerusform>
            <numerusform>%n configurations de connecteur vérifiées, toutes les vérifications ont réussi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 connector configs in this state)</source>
        <translation>%1 : %2 (%3 configurations de connecteur sur %4 dans cet état)</translation>
    </message>
    <message>
        <source>not verified: %1 (%2)</source>
        <translation>non vérifié : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>flexo::RedirectUriPrecheck</name>
    <message>
        <source>Whether %1 is registered could not be checked in advance.</source>
        <translation>Il n&apos;a pas été possible de vérifier à l&apos;avance si %1 est inscrit.</translation>
    </message>
    <message>
        <source>Nothing is known to be wrong with it: a real sign-in through this address shows whether it works.</source>
        <translation>Rien n&apos;indique qu&apos;il pose problème : une véritable connexion via cette adresse montrera s&apos;il fonctionne.</translation>
    </message>
    <message>
        <source>The sign-in service redirected the request elsewhere (HTTP %1).</source>
        <translation>Le service de connexion a redirigé la requête ailleurs (HTTP %1).</translation>
    </message>
    <message>
        <source>This tool&apos;s test sign-in uses this address; Microsoft would stop it on its error page.</source>
        <translation>La connexion de test de cet outil utilise cette adresse ; Microsoft l&apos;arrêterait sur sa page d&apos;erreur.</translation>
    </message>
    <message>
        <source>FlexO&apos;s connector sends each user&apos;s sign-in to this address: without it, the first person to connect Teams in FlexO gets Microsoft&apos;s error page.</source>
        <translation>Le connecteur FlexO envoie la connexion de chaque utilisateur à cette adresse : sans elle, la première personne qui connecte Teams dans FlexO obtient la page d&apos;erreur de Microsoft.</translation>
    </message>
    <message>
        <source>%1 is not registered as a redirect URI of the app (AADSTS50011).</source>
        <translation>%1 n&apos;est pas inscrit comme URI de redirection de l&apos;application (AADSTS50011).</translation>
    </message>
    <message>
        <source>The app has no redirect URI at all, so %1 is not registered (AADSTS500113).</source>
        <translation>L&apos;application n&apos;a aucun URI de redirection : %1 n&apos;est donc pas inscrit (AADSTS500113).</translation>
    </message>
    <message>
        <source>The app %1 was not found in tenant %2 (AADSTS700016).</source>
        <translation>L&apos;application %1 est introuvable dans le locataire %2 (AADSTS700016).</translation>
    </message>
    <message>
        <source>The page gave no reason.</source>
        <translation>La page n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <source>The page said: “%1”</source>
        <translation>La page indiquait : « %1 »</translation>
    </message>
    <message>
        <source>Check the app registration and the cloud chosen in FlexO; the page&apos;s own words above say what the sign-in service objected to.</source>
        <translation>Vérifiez l&apos;inscription d&apos;application et le cloud choisi dans FlexO ; les propres termes de la page ci-dessus indiquent ce que le service de connexion a objecté.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request for %1 (HTTP %2, %3).</source>
        <translation>Le service de connexion a refusé la requête pour %1 (HTTP %2, %3).</translation>
    </message>
    <message>
        <source>The sign-in service refused the request for %1 (HTTP %2).</source>
        <translation>Le service de connexion a refusé la requête pour %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The sign-in service answered (HTTP %1) with a page that is neither its sign-in page nor an error naming an AADSTS code.</source>
        <translation>Le service de connexion a répondu (HTTP %1) par une page qui n&apos;est ni sa page de connexion ni une erreur indiquant un code AADSTS.</translation>
    </message>
</context>
<context>
    <name>flexo::RedirectUrisCheck</name>
    <message>
        <source>Redirect URIs</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>There is no redirect URI to check.</source>
        <translation>Il n&apos;y a aucun URI de redirection à vérifier.</translation>
    </message>
    <message numerus="yes">
        <source>Entra refuses %n of the redirect URIs: %1.</source>
        <translation>
            <numerusform>Entra refuse %n des URI de redirection : %1.</numerusform>
            <numerusform>Entra refuse %n des URI de redirection : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redirect URI(s) could not be pre-checked: %1.</source>
        <translation>
            <numerusform>%n URI de redirection n&apos;a pas pu être vérifié à l&apos;avance : %1.</numerusform>
            <numerusform>%n URI de redirection n&apos;ont pas pu être vérifiés à l&apos;avance : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in service answered with a page that is neither its sign-in page nor an error naming an AADSTS code, or did not answer.</source>
        <translation>Le service de connexion a répondu par une page qui n&apos;est ni sa page de connexion ni une erreur citant un code AADSTS, ou n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Nothing is known to be wrong. The interactive test sign-in proves the test sign-in&apos;s URI; check FlexO&apos;s redirect URIs on the app registration&apos;s Web platform by eye.</source>
        <translation>Aucune erreur n&apos;est connue. La connexion de test interactive prouve l&apos;URI de la connexion de test ; vérifiez à l&apos;œil les URI de redirection de FlexO sur la plateforme Web de l&apos;inscription d&apos;application.</translation>
    </message>
    <message numerus="yes">
        <source>Entra accepts all %n redirect URI(s) for this app.</source>
        <translation>
            <numerusform>Entra accepte l&apos;URI de redirection de cette application.</numerusform>
            <numerusform>Entra accepte les %n URI de redirection de cette application.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flexo::RefreshCheck</name>
    <message>
        <source>Token refresh</source>
        <translation>Actualisation du jeton</translation>
    </message>
    <message>
        <source>skipped because no sign-in took place</source>
        <translation>ignorée car aucune connexion n&apos;a eu lieu</translation>
    </message>
    <message>
        <source>The sign-in of %1 is kept in the keychain to check the connector without a person.</source>
        <translation>La connexion de %1 est conservée dans le trousseau pour vérifier le connecteur sans intervention humaine.</translation>
    </message>
    <message>
        <source>Microsoft issued a new refresh token, but the keychain did not take it: %1 The kept one has likely stopped working with this redemption.</source>
        <translation>Microsoft a émis un nouveau jeton d&apos;actualisation, mais le trousseau ne l&apos;a pas accepté : %1 Le jeton conservé a probablement cessé de fonctionner avec cet échange.</translation>
    </message>
    <message>
        <source>Make the keychain available, then run the test sign-in again with --keep-sign-in.</source>
        <translation>Rendez le trousseau disponible, puis relancez la connexion de test avec --keep-sign-in.</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in the keychain: %1</source>
        <translation>La connexion n&apos;a pas pu être conservée dans le trousseau : %1</translation>
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
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Secret expiry</source>
        <translation>Expiration du secret</translation>
    </message>
    <message>
        <source> — first failing check: </source>
        <translation> — première vérification en échec : </translation>
    </message>
    <message>
        <source> (interrupted)</source>
        <translation> (interrompu)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>FlexO Teams connector report</source>
        <translation>Rapport du connecteur FlexO Teams</translation>
    </message>
    <message>
        <source>Generated </source>
        <translation>Généré le </translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Pire résultat</translation>
    </message>
    <message>
        <source>First failing check</source>
        <translation>Première vérification en échec</translation>
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
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 (expired %2 days ago)</source>
        <translation>%1 (expiré il y a %2 jours)</translation>
    </message>
    <message>
        <source>%1 (expired yesterday)</source>
        <translation>%1 (expiré hier)</translation>
    </message>
    <message>
        <source>%1 (expires today)</source>
        <translation>%1 (expire aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>%1 (expires tomorrow)</source>
        <translation>%1 (expire demain)</translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation>%1 (dans %2 jours)</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1… (not available)</source>
        <translation>%1… (non disponible)</translation>
    </message>
    <message>
        <source>%1… (%2 characters)</source>
        <translation>%1… (%2 caractères)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation>ID de trace %1</translation>
    </message>
    <message>
        <source>correlation id %1</source>
        <translation>ID de corrélation %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>ID de requête %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>config unreadable</source>
        <translation>configuration illisible</translation>
    </message>
    <message>
        <source>config %1</source>
        <translation>configuration %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cloud:     </source>
        <translation>Cloud :       </translation>
    </message>
    <message>
        <source>Tenant:    </source>
        <translation>Locataire :   </translation>
    </message>
    <message>
        <source>Client ID: </source>
        <translation>ID client :   </translation>
    </message>
    <message>
        <source>Secret:    </source>
        <translation>Secret :      </translation>
    </message>
    <message>
        <source>, expires </source>
        <translation>, expire le </translation>
    </message>
    <message>
        <source>Result:    </source>
        <translation>Résultat :    </translation>
    </message>
    <message>
        <source> (first failing check: </source>
        <translation> (première vérification en échec : </translation>
    </message>
    <message>
        <source>Why: </source>
        <translation>Pourquoi : </translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Solution : </translation>
    </message>
    <message>
        <source>Next step: </source>
        <translation>Étape suivante : </translation>
    </message>
    <message>
        <source>Seen: </source>
        <translation>Observé : </translation>
    </message>
    <message>
        <source>Help: </source>
        <translation>Aide : </translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Seen:</source>
        <translation>Observé :</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Étape suivante :</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Aide :</translation>
    </message>
    <message>
        <source>Recorded facts (for support)</source>
        <translation>Faits enregistrés (pour le support)</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été constaté</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client :</translation>
    </message>
    <message>
        <source>Not verified:</source>
        <translation>Non vérifié :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>échec de %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>no check has run</source>
        <translation>aucune vérification exécutée</translation>
    </message>
    <message>
        <source>%1 did not run (%2)</source>
        <translation>pas d&apos;exécution de %1 (%2)</translation>
    </message>
    <message>
        <source>, nor the check that depends on it</source>
        <translation>, ni de la vérification qui en dépend</translation>
    </message>
    <message>
        <source>, nor the %1 checks that depend on it</source>
        <translation>, ni des %1 vérifications qui en dépendent</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>pas d&apos;exécution de %1 : %2</translation>
    </message>
    <message>
        <source>no probe meeting was created</source>
        <translation>aucune réunion de test créée</translation>
    </message>
    <message>
        <source>FlexO can create Teams meetings: yes.</source>
        <translation>FlexO peut créer des réunions Teams : oui.</translation>
    </message>
    <message>
        <source>FlexO can create Teams meetings: no, because the config cannot be read: %1.</source>
        <translation>FlexO peut créer des réunions Teams : non, car la configuration ne peut pas être lue : %1.</translation>
    </message>
    <message>
        <source>FlexO can create Teams meetings: no, because %1.</source>
        <translation>FlexO peut créer des réunions Teams : non ; raison : %1.</translation>
    </message>
    <message>
        <source>FlexO can create Teams meetings: not verified, because %1.</source>
        <translation>FlexO peut créer des réunions Teams : non vérifié ; raison : %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>FlexO can create Teams meetings with %1 of %2 connectors (no: %3, not verified: %4).</source>
        <translation>FlexO peut créer des réunions Teams avec %1 connecteur(s) sur %2 (non : %3, non vérifié : %4).</translation>
    </message>
    <message>
        <source>run “flexo-teams-setup rotate %1” or use “Replace the client secret” in the diagnose window, then give FlexO the new secret.</source>
        <translation>exécutez « flexo-teams-setup rotate %1 » ou utilisez « Remplacer le secret client » dans la fenêtre de diagnostic, puis transmettez le nouveau secret à FlexO.</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>The client secret expired on %1 (%2): FlexO cannot connect to Teams until it is replaced. To replace it, %3</source>
        <translation>Le secret client a expiré le %1 (%2) : FlexO ne peut pas se connecter à Teams tant qu&apos;il n&apos;est pas remplacé. Pour le remplacer, %3</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>The client secret expires on %1 (%2). Replace it before then: %3</source>
        <translation>Le secret client expire le %1 (%2). Remplacez-le avant cette date : %3</translation>
    </message>
</context>
<context>
    <name>flexo::SecretExpiryCheck</name>
    <message>
        <source>Client secret expiry</source>
        <translation>Expiration du secret client</translation>
    </message>
    <message>
        <source>Microsoft refuses an expired client secret (AADSTS7000222).</source>
        <translation>Microsoft refuse un secret client expiré (AADSTS7000222).</translation>
    </message>
    <message>
        <source>Create a new client secret in the portal (at most 24 months), then update FlexO and this configuration with its Value and expiry date.</source>
        <translation>Créez un nouveau secret client dans le portail (24 mois au maximum), puis mettez à jour FlexO et cette configuration avec sa Valeur et sa date d&apos;expiration.</translation>
    </message>
    <message>
        <source>The client secret&apos;s expiry is not tracked: no expiry date was entered.</source>
        <translation>L&apos;expiration du secret client n&apos;est pas suivie : aucune date d&apos;expiration n&apos;a été saisie.</translation>
    </message>
    <message>
        <source>Nobody is warned before the secret expires; meetings then stop being created without notice.</source>
        <translation>Personne n&apos;est averti avant l&apos;expiration du secret ; les réunions cessent alors d&apos;être créées sans préavis.</translation>
    </message>
    <message>
        <source>Enter the date shown in the Expires column under Certificates &amp; secrets: in the setup wizard, or as secret.expires in the configuration.</source>
        <translation>Saisissez la date de la colonne « Expire » sous « Certificats et secrets » : dans l&apos;assistant de configuration, ou comme secret.expires dans la configuration.</translation>
    </message>
    <message>
        <source>The client secret is valid until %1 (%2 days left).</source>
        <translation>Le secret client est valide jusqu&apos;au %1 (%2 jours restants).</translation>
    </message>
</context>
<context>
    <name>flexo::SecretKeeper</name>
    <message>
        <source>Save the secret again from the wizard or with `import`, or give it with --secret-stdin or FLEXO_CLIENT_SECRET.</source>
        <translation>Enregistrez à nouveau le secret depuis l&apos;assistant ou avec `import`, ou fournissez-le avec --secret-stdin ou FLEXO_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>Save the secret again from the wizard or with `import`, or give it with --secret-stdin or FLEXO_CLIENT_SECRET. A secret saved by an earlier version is taken over by itself only in Microsoft&apos;s own clouds, never for a custom cloud.</source>
        <translation>Enregistrez à nouveau le secret depuis l&apos;assistant ou avec `import`, ou fournissez-le avec --secret-stdin ou FLEXO_CLIENT_SECRET. Un secret enregistré par une version précédente n&apos;est repris automatiquement que dans les clouds de Microsoft, jamais pour un cloud personnalisé.</translation>
    </message>
    <message>
        <source>The keychain holds no client secret for this app registration (entry “%1”).</source>
        <translation>Le trousseau ne contient aucun secret client pour cette inscription d&apos;application (entrée « %1 »).</translation>
    </message>
    <message>
        <source>A secret is kept under its cloud&apos;s sign-in address, tenant ID and client ID; none was saved for these on this computer, or the keyring is locked (a locked keyring looks empty).</source>
        <translation>Un secret est conservé sous l&apos;adresse de connexion de son cloud, l&apos;ID du locataire et l&apos;ID client ; aucun n&apos;a été enregistré pour ceux-ci sur cet ordinateur, ou le trousseau est verrouillé (un trousseau verrouillé semble vide).</translation>
    </message>
</context>
<context>
    <name>flexo::SecretRotation</name>
    <message>
        <source>This cannot be the new client secret.</source>
        <translation>Ceci ne peut pas être le nouveau secret client.</translation>
    </message>
    <message>
        <source>The new secret&apos;s expiry date is missing.</source>
        <translation>La date d&apos;expiration du nouveau secret manque.</translation>
    </message>
    <message>
        <source>Enter the date the portal shows in the “Expires” column of the new secret.</source>
        <translation>Saisissez la date que le portail affiche dans la colonne « Expire » du nouveau secret.</translation>
    </message>
    <message>
        <source>The new secret&apos;s expiry date cannot be right.</source>
        <translation>La date d&apos;expiration du nouveau secret ne peut pas être correcte.</translation>
    </message>
    <message>
        <source>This file holds the secret itself: it is an export for the FlexO server.</source>
        <translation>Ce fichier contient le secret lui-même : c&apos;est un export pour le serveur FlexO.</translation>
    </message>
    <message>
        <source>Replace the secret in the config this computer saved (its secret is in the keychain), then export it again.</source>
        <translation>Remplacez le secret dans la configuration enregistrée par cet ordinateur (son secret est dans le trousseau), puis exportez-la à nouveau.</translation>
    </message>
    <message>
        <source>Once FlexO works with the new secret, delete the old secret in Certificates &amp; secrets.</source>
        <translation>Une fois que FlexO fonctionne avec le nouveau secret, supprimez l&apos;ancien secret dans Certificats et secrets.</translation>
    </message>
    <message>
        <source>Once FlexO works with the new secret, delete the old secret in Certificates &amp; secrets: the row whose value starts with “%1”. Keep the new one.</source>
        <translation>Une fois que FlexO fonctionne avec le nouveau secret, supprimez l&apos;ancien secret dans Certificats et secrets : la ligne dont la valeur commence par « %1 ». Conservez le nouveau.</translation>
    </message>
    <message>
        <source>The config has not been saved yet.</source>
        <translation>La configuration n&apos;a pas encore été enregistrée.</translation>
    </message>
    <message>
        <source>Save the config first, then replace its secret.</source>
        <translation>Enregistrez d&apos;abord la configuration, puis remplacez son secret.</translation>
    </message>
    <message>
        <source>This is the secret already in use, not a new one.</source>
        <translation>C&apos;est le secret déjà utilisé, pas un nouveau.</translation>
    </message>
    <message>
        <source>Create a new client secret in Certificates &amp; secrets and paste its Value.</source>
        <translation>Créez un nouveau secret client dans Certificats et secrets et collez sa Valeur.</translation>
    </message>
    <message>
        <source>The new secret does not work yet: %1</source>
        <translation>Le nouveau secret ne fonctionne pas encore : %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that you copied the Value of the new secret.</source>
        <translation>Rien n&apos;a été modifié. Vérifiez que vous avez copié la Valeur du nouveau secret.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The new secret was not stored; the keychain and the config are unchanged.</source>
        <translation>Le nouveau secret n&apos;a pas été enregistré ; le trousseau et la configuration sont inchangés.</translation>
    </message>
    <message>
        <source>The old secret could not be put back into the keychain either: %1</source>
        <translation>L&apos;ancien secret n&apos;a pas pu être remis dans le trousseau non plus : %1</translation>
    </message>
    <message>
        <source>The old secret is still in the keychain; nothing else was changed.</source>
        <translation>L&apos;ancien secret est toujours dans le trousseau ; rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>flexo::SecretStore</name>
    <message>
        <source>The keychain is unavailable: this session has no D-Bus session bus, so no keyring service can be reached.</source>
        <translation>Le trousseau est indisponible : cette session n&apos;a pas de bus de session D-Bus, aucun service de trousseau ne peut donc être joint.</translation>
    </message>
    <message>
        <source>This is usual over SSH or on a server without a desktop: nothing has started a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation>C&apos;est habituel via SSH ou sur un serveur sans environnement de bureau : rien n&apos;a démarré de service Secret Service tel que GNOME Keyring ou KWallet.</translation>
    </message>
    <message>
        <source>Sign in to a desktop session, or start one in a terminal: run “%1”, then in that shell run “%2”, type your keyring password (or a new one if you have no keyring yet) and press Enter, then start this tool again from the same shell.</source>
        <translation>Ouvrez une session de bureau, ou démarrez-en une dans un terminal : exécutez « %1 », puis dans ce shell exécutez « %2 », tapez le mot de passe de votre trousseau (ou un nouveau si vous n&apos;avez pas encore de trousseau) et appuyez sur Entrée, puis relancez cet outil depuis le même shell.</translation>
    </message>
    <message>
        <source>The keychain is unavailable: no Secret Service (such as GNOME Keyring or KWallet) answers in this session.</source>
        <translation>Le trousseau est indisponible : aucun Secret Service (tel que GNOME Keyring ou KWallet) ne répond dans cette session.</translation>
    </message>
    <message>
        <source>A D-Bus session is running, but no keyring program is installed or started for it.</source>
        <translation>Une session D-Bus est en cours d&apos;exécution, mais aucun programme de trousseau n&apos;est installé ou démarré pour elle.</translation>
    </message>
    <message>
        <source>Install gnome-keyring if it is missing, then sign in to a desktop session, or run “%1” in this session, type your keyring password (or a new one if you have no keyring yet) and press Enter, and try again.</source>
        <translation>Installez gnome-keyring s&apos;il est absent, puis ouvrez une session de bureau, ou exécutez « %1 » dans cette session, tapez le mot de passe de votre trousseau (ou un nouveau si vous n&apos;avez pas encore de trousseau), appuyez sur Entrée et réessayez.</translation>
    </message>
    <message>
        <source>The keychain is unavailable: the login keyring is locked.</source>
        <translation>Le trousseau est indisponible : le trousseau de connexion est verrouillé.</translation>
    </message>
    <message>
        <source>A secret can only be saved in an unlocked keyring, and no unlock prompt could be shown here (for example over SSH or without a desktop session).</source>
        <translation>Un secret ne peut être enregistré que dans un trousseau déverrouillé, et aucune invite de déverrouillage n&apos;a pu être affichée ici (par exemple via SSH ou sans session de bureau).</translation>
    </message>
    <message>
        <source>Unlock the login keyring (in Passwords and Keys, also called Seahorse) or sign in to the desktop, then try again. Without a desktop: stop the keyring daemon of this session, run “%1”, type the keyring password and press Enter, and try again.</source>
        <translation>Déverrouillez le trousseau de connexion (dans Mots de passe et clés, également appelé Seahorse) ou ouvrez une session de bureau, puis réessayez. Sans environnement de bureau : arrêtez le démon de trousseau de cette session, exécutez « %1 », tapez le mot de passe du trousseau, appuyez sur Entrée et réessayez.</translation>
    </message>
    <message>
        <source>The keychain is unavailable: there is no login keyring yet, and it cannot be created here.</source>
        <translation>Le trousseau est indisponible : il n&apos;existe pas encore de trousseau de connexion, et il ne peut pas être créé ici.</translation>
    </message>
    <message>
        <source>Creating the keyring needs a password prompt, which cannot be shown in this session (for example over SSH or without a desktop session).</source>
        <translation>La création du trousseau nécessite une invite de mot de passe, qui ne peut pas être affichée dans cette session (par exemple via SSH ou sans session de bureau).</translation>
    </message>
    <message>
        <source>Sign in to the desktop once so that the login keyring is created (or create it in Passwords and Keys, also called Seahorse), then try again. Without a desktop: stop the keyring daemon of this session, run “%1”, type a new password for the keyring and press Enter, and try again.</source>
        <translation>Ouvrez une fois une session de bureau afin que le trousseau de connexion soit créé (ou créez-le dans Mots de passe et clés, également appelé Seahorse), puis réessayez. Sans environnement de bureau : arrêtez le démon de trousseau de cette session, exécutez « %1 », tapez un nouveau mot de passe pour le trousseau, appuyez sur Entrée et réessayez.</translation>
    </message>
    <message>
        <source>The keychain refused access to the secret.</source>
        <translation>Le trousseau a refusé l&apos;accès au secret.</translation>
    </message>
    <message>
        <source>Access was declined when the keyring asked for permission.</source>
        <translation>L&apos;accès a été refusé lorsque le trousseau a demandé l&apos;autorisation.</translation>
    </message>
    <message>
        <source>Try again and allow access when the keyring asks.</source>
        <translation>Réessayez et autorisez l&apos;accès lorsque le trousseau le demande.</translation>
    </message>
    <message>
        <source>The keychain did not answer within 1 second.</source>
        <translation>Le trousseau n&apos;a pas répondu dans un délai de 1 seconde.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Le trousseau n&apos;a pas répondu dans un délai de %1 secondes.</translation>
    </message>
    <message>
        <source>The keyring service may be waiting for an unlock prompt that cannot be shown (for example over SSH), or it is stuck.</source>
        <translation>Le service de trousseau attend peut-être une invite de déverrouillage qui ne peut pas être affichée (par exemple via SSH), ou il est bloqué.</translation>
    </message>
    <message>
        <source>Unlock the login keyring (in Passwords and Keys, also called Seahorse) or sign in to the desktop, then try again. If it keeps happening, log out and in again to restart the keyring service.</source>
        <translation>Déverrouillez le trousseau de connexion (dans Mots de passe et clés, également appelé Seahorse) ou ouvrez une session de bureau, puis réessayez. Si le problème se reproduit, fermez puis rouvrez la session pour redémarrer le service de trousseau.</translation>
    </message>
    <message>
        <source>The keychain holds no secret named “%1” for “%2”.</source>
        <translation>Le trousseau ne contient aucun secret nommé « %1 » pour « %2 ».</translation>
    </message>
    <message>
        <source>It was never saved on this computer for this user account, it was removed, or the keyring is locked (a locked keyring looks empty).</source>
        <translation>Il n&apos;a jamais été enregistré sur cet ordinateur pour ce compte utilisateur, il a été supprimé, ou le trousseau est verrouillé (un trousseau verrouillé semble vide).</translation>
    </message>
    <message>
        <source>Enter the client secret again so it can be saved, or check that the configuration names the right keychain entry.</source>
        <translation>Saisissez à nouveau le secret client afin qu&apos;il puisse être enregistré, ou vérifiez que la configuration désigne la bonne entrée du trousseau.</translation>
    </message>
    <message>
        <source>The keychain could not complete the request.</source>
        <translation>Le trousseau n&apos;a pas pu traiter la demande.</translation>
    </message>
    <message>
        <source>It gave no reason.</source>
        <translation>Il n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <source>It reported: %1</source>
        <translation>Il a signalé : %1</translation>
    </message>
    <message>
        <source>Check that a keyring service (GNOME Keyring or KWallet) and libsecret are installed and that you are signed in to a desktop session, then try again.</source>
        <translation>Vérifiez qu&apos;un service de trousseau (GNOME Keyring ou KWallet) et libsecret sont installés et que vous avez ouvert une session de bureau, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>flexo::SetupController</name>
    <message>
        <source>There is no passed test sign-in to keep.</source>
        <translation>Il n&apos;y a aucune connexion de test réussie à conserver.</translation>
    </message>
    <message>
        <source>Run the test sign-in first.</source>
        <translation>Effectuez d&apos;abord la connexion de test.</translation>
    </message>
</context>
<context>
    <name>flexo::SignInCheck</name>
    <message>
        <source>Test sign-in</source>
        <translation>Connexion de test</translation>
    </message>
    <message>
        <source>No sign-in is waiting for an answer.</source>
        <translation>Aucune connexion n&apos;attend de réponse.</translation>
    </message>
</context>
<context>
    <name>flexo::SignInSession</name>
    <message>
        <source>The browser sent an answer that does not belong to this sign-in attempt (wrong or missing state, maybe from an older tab). Still waiting for the right one.</source>
        <translation>Le navigateur a envoyé une réponse qui n&apos;appartient pas à cette tentative de connexion (state incorrect ou absent, peut-être issue d&apos;un ancien onglet). Attente de la bonne réponse.</translation>
    </message>
    <message>
        <source>The sign-in redirect URI cannot be used for the test sign-in.</source>
        <translation>L&apos;URI de redirection de connexion ne peut pas être utilisé pour la connexion de test.</translation>
    </message>
    <message>
        <source>The test sign-in listens on this computer, so its redirect URI must be http://localhost/… or http://127.0.0.1/….</source>
        <translation>La connexion de test écoute sur cet ordinateur : son URI de redirection doit donc être http://localhost/… ou http://127.0.0.1/….</translation>
    </message>
    <message>
        <source>Use http://localhost/flexo-teams-setup and register it on the Web platform of the app (the Azure portal accepts only http://localhost there; http://127.0.0.1 needs the app&apos;s Manifest).</source>
        <translation>Utilisez http://localhost/flexo-teams-setup et inscrivez-le sur la plateforme Web de l&apos;application (le portail Azure n&apos;y accepte que http://localhost ; http://127.0.0.1 nécessite le Manifeste de l&apos;application).</translation>
    </message>
    <message>
        <source>The sign-in endpoints of the tenant are not known.</source>
        <translation>Les points de terminaison de connexion du locataire sont inconnus.</translation>
    </message>
    <message>
        <source>The tenant discovery did not run or did not succeed.</source>
        <translation>La découverte du locataire n&apos;a pas été exécutée ou n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>Check the tenant and the cloud, then run the checks again.</source>
        <translation>Vérifiez le locataire et le cloud, puis relancez les vérifications.</translation>
    </message>
    <message>
        <source>The test sign-in could not listen for Microsoft&apos;s answer.</source>
        <translation>La connexion de test n&apos;a pas pu se mettre à l&apos;écoute de la réponse de Microsoft.</translation>
    </message>
    <message>
        <source>No local port could be opened on 127.0.0.1.</source>
        <translation>Aucun port local n&apos;a pu être ouvert sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Paste the address the browser ends on instead, or check local firewall rules.</source>
        <translation>Collez plutôt l&apos;adresse sur laquelle le navigateur s&apos;arrête, ou vérifiez les règles du pare-feu local.</translation>
    </message>
    <message>
        <source>No test sign-in is waiting for an answer.</source>
        <translation>Aucune connexion de test n&apos;attend de réponse.</translation>
    </message>
    <message>
        <source>Start the test sign-in first.</source>
        <translation>Lancez d&apos;abord la connexion de test.</translation>
    </message>
    <message>
        <source>This address does not belong to the current sign-in attempt.</source>
        <translation>Cette adresse n&apos;appartient pas à la tentative de connexion en cours.</translation>
    </message>
    <message>
        <source>Its state value differs: it comes from an older attempt or from another program.</source>
        <translation>Sa valeur state est différente : elle provient d&apos;une tentative précédente ou d&apos;un autre programme.</translation>
    </message>
    <message>
        <source>Copy the address from the browser tab opened by this attempt, or start the test sign-in again.</source>
        <translation>Copiez l&apos;adresse depuis l&apos;onglet du navigateur ouvert par cette tentative, ou relancez la connexion de test.</translation>
    </message>
    <message>
        <source>This text is neither the address the browser ended on nor a Microsoft error.</source>
        <translation>Ce texte n&apos;est ni l&apos;adresse sur laquelle le navigateur s&apos;est arrêté, ni une erreur Microsoft.</translation>
    </message>
    <message>
        <source>FlexO needs the full address (starting with http://localhost or http://127.0.0.1) or Microsoft&apos;s error text with its AADSTS number.</source>
        <translation>FlexO a besoin de l&apos;adresse complète (commençant par http://localhost ou http://127.0.0.1) ou du texte d&apos;erreur de Microsoft avec son numéro AADSTS.</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser&apos;s address bar, or the error text, and paste it again.</source>
        <translation>Copiez l&apos;adresse complète depuis la barre d&apos;adresse du navigateur, ou le texte de l&apos;erreur, et collez-la à nouveau.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s answer carried neither a code nor an error.</source>
        <translation>La réponse de Microsoft ne contenait ni code ni erreur.</translation>
    </message>
    <message>
        <source>Something between Microsoft and this computer changed the address.</source>
        <translation>Un élément situé entre Microsoft et cet ordinateur a modifié l&apos;adresse.</translation>
    </message>
    <message>
        <source>Run the test sign-in again.</source>
        <translation>Relancez la connexion de test.</translation>
    </message>
    <message>
        <source>The refresh token was redeemed: FlexO can keep meetings working without asking the person again.</source>
        <translation>Le jeton d&apos;actualisation a été échangé : FlexO peut maintenir le fonctionnement des réunions sans redemander à la personne de se connecter.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s answer did not say which account signed in.</source>
        <translation>La réponse de Microsoft n&apos;indiquait pas quel compte s&apos;est connecté.</translation>
    </message>
    <message>
        <source>The ID token is missing or unreadable; the openid scope may have been refused.</source>
        <translation>Le jeton d&apos;ID est absent ou illisible ; l&apos;étendue openid a peut-être été refusée.</translation>
    </message>
    <message>
        <source>Run the test sign-in again; if it persists, send the report to support.</source>
        <translation>Relancez la connexion de test ; si le problème persiste, envoyez le rapport au support.</translation>
    </message>
    <message>
        <source>You signed in to another tenant (%1) with %2.</source>
        <translation>Vous vous êtes connecté à un autre locataire (%1) avec %2.</translation>
    </message>
    <message>
        <source>The browser used an account of another organisation than the configured tenant %1.</source>
        <translation>Le navigateur a utilisé un compte d&apos;une autre organisation que le locataire configuré %1.</translation>
    </message>
    <message>
        <source>Use a private browser window, or sign out of that account first, then sign in with an account of the configured tenant.</source>
        <translation>Utilisez une fenêtre de navigation privée, ou déconnectez-vous d&apos;abord de ce compte, puis connectez-vous avec un compte du locataire configuré.</translation>
    </message>
    <message>
        <source>The sign-in worked, but Microsoft did not grant: %1.</source>
        <translation>La connexion a réussi, mais Microsoft n&apos;a pas accordé : %1.</translation>
    </message>
    <message>
        <source>The permission is not configured on the app registration, or consent was given before it was added.</source>
        <translation>L&apos;autorisation n&apos;est pas configurée dans l&apos;inscription d&apos;application, ou le consentement a été donné avant son ajout.</translation>
    </message>
    <message>
        <source>Under API permissions, add the delegated Microsoft Graph permission %1, press &quot;Grant admin consent&quot; (or send the admin-consent link to an administrator who may grant consent, such as a Cloud Application Administrator: %2), then run the test sign-in again.</source>
        <translation>Sous Autorisations d&apos;API, ajoutez l&apos;autorisation déléguée Microsoft Graph %1, appuyez sur « Accorder un consentement d&apos;administrateur » (ou envoyez le lien de consentement d&apos;administrateur à un administrateur habilité à accorder le consentement, par exemple un Administrateur d&apos;application cloud : %2), puis relancez la connexion de test.</translation>
    </message>
    <message>
        <source>%1 signed in to the configured tenant and granted the meeting permission.</source>
        <translation>%1 s&apos;est connecté au locataire configuré et a accordé l&apos;autorisation de réunion.</translation>
    </message>
    <message>
        <source>No refresh token was issued.</source>
        <translation>Aucun jeton d&apos;actualisation n&apos;a été émis.</translation>
    </message>
    <message>
        <source>The offline_access permission was not granted.</source>
        <translation>L&apos;autorisation offline_access n&apos;a pas été accordée.</translation>
    </message>
    <message>
        <source>Grant offline_access and run the test sign-in again.</source>
        <translation>Accordez offline_access et relancez la connexion de test.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s token endpoint gave an answer FlexO cannot read.</source>
        <translation>Le point de terminaison de jeton de Microsoft a renvoyé une réponse que FlexO ne peut pas lire.</translation>
    </message>
    <message>
        <source>A proxy or another device may have answered instead of Microsoft.</source>
        <translation>Un proxy ou un autre appareil a peut-être répondu à la place de Microsoft.</translation>
    </message>
    <message>
        <source>Check the proxy settings of this machine and try again.</source>
        <translation>Vérifiez les paramètres du proxy de cette machine et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s).</source>
        <translation>
            <numerusform>Aucune réponse n&apos;est revenue du navigateur dans un délai de %n minute.</numerusform>
            <numerusform>Aucune réponse n&apos;est revenue du navigateur dans un délai de %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer came back from the browser in time.</source>
        <translation>Aucune réponse n&apos;est revenue du navigateur à temps.</translation>
    </message>
    <message>
        <source>Usually the redirect URI is not registered on the Web platform of the app, so Microsoft shows its own error page instead of sending the answer back; or the browser window was closed.</source>
        <translation>En général, l&apos;URI de redirection n&apos;est pas inscrit sur la plateforme Web de l&apos;application : Microsoft affiche alors sa propre page d&apos;erreur au lieu de renvoyer la réponse ; ou bien la fenêtre du navigateur a été fermée.</translation>
    </message>
    <message>
        <source>Register this redirect URI on the Web platform of the app registration: %1. If Microsoft showed an error page, copy the address from the browser (or the error text with its AADSTS number) and paste it into FlexO.</source>
        <translation>Inscrivez cet URI de redirection sur la plateforme Web de l&apos;inscription d&apos;application : %1. Si Microsoft a affiché une page d&apos;erreur, copiez l&apos;adresse depuis le navigateur (ou le texte de l&apos;erreur avec son numéro AADSTS) et collez-la dans FlexO.</translation>
    </message>
    <message>
        <source>Run the test sign-in again. If it fails the same way, something between this computer and the sign-in service changes the answers: check the cloud and the proxy.</source>
        <translation>Relancez la connexion de test. Si elle échoue de la même façon, un élément situé entre cet ordinateur et le service de connexion modifie les réponses : vérifiez le cloud et le proxy.</translation>
    </message>
    <message>
        <source>The sign-in answer was refused: it does not belong to this sign-in attempt.</source>
        <translation>La réponse de connexion a été refusée : elle n&apos;appartient pas à cette tentative de connexion.</translation>
    </message>
    <message>
        <source>The ID token does not carry the one-time value (nonce) this attempt sent, so it was issued for another request and may have been replayed.</source>
        <translation>Le jeton d&apos;ID ne contient pas la valeur à usage unique (nonce) envoyée par cette tentative : il a donc été émis pour une autre requête et a peut-être été rejoué.</translation>
    </message>
    <message>
        <source>The sign-in answer was refused: it was issued by %1, not by the sign-in service of this tenant.</source>
        <translation>La réponse de connexion a été refusée : elle a été émise par %1, et non par le service de connexion de ce locataire.</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>personne de nommé</translation>
    </message>
    <message>
        <source>The ID token names another issuer than the discovery document (%1).</source>
        <translation>Le jeton d&apos;ID indique un autre émetteur que le document de découverte (%1).</translation>
    </message>
    <message>
        <source>The sign-in answer was refused: it was issued for another application, not for the client ID %1.</source>
        <translation>La réponse de connexion a été refusée : elle a été émise pour une autre application, et non pour l&apos;ID client %1.</translation>
    </message>
    <message>
        <source>The ID token&apos;s audience (aud) is %1.</source>
        <translation>L&apos;audience (aud) du jeton d&apos;ID est %1.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>The sign-in answer was refused: its ID token has expired.</source>
        <translation>La réponse de connexion a été refusée : son jeton d&apos;ID a expiré.</translation>
    </message>
    <message>
        <source>The ID token carries no expiry time.</source>
        <translation>Le jeton d&apos;ID ne contient aucune heure d&apos;expiration.</translation>
    </message>
    <message>
        <source>It expired at %1 (UTC); this computer&apos;s clock says %2 (UTC).</source>
        <translation>Il a expiré à %1 (UTC) ; l&apos;horloge de cet ordinateur indique %2 (UTC).</translation>
    </message>
    <message>
        <source>Check the date and time of this computer, then run the test sign-in again.</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur, puis relancez la connexion de test.</translation>
    </message>
    <message>
        <source>Hello, could you grant admin consent for our FlexO Teams connector app (Application ID %1) in our tenant %2? It needs the delegated Microsoft Graph permission OnlineMeetings.ReadWrite so that FlexO can create Teams meetings for the people who book them (plus User.Read, openid, profile and offline_access to sign them in and keep the connection). Please open this link with a Global Administrator account and press Accept: %3 — afterwards the browser may show a page that cannot be reached; that is expected. Thank you!</source>
        <translation>Bonjour, pourriez-vous accorder le consentement d&apos;administrateur pour notre application de connecteur FlexO Teams (ID d&apos;application %1) dans notre locataire %2 ? Elle a besoin de l&apos;autorisation déléguée Microsoft Graph OnlineMeetings.ReadWrite afin que FlexO puisse créer des réunions Teams pour les personnes qui les réservent (ainsi que User.Read, openid, profile et offline_access pour les connecter et maintenir la connexion). Veuillez ouvrir ce lien avec un compte d&apos;administrateur général et cliquer sur Accepter : %3 — le navigateur affichera peut-être ensuite une page inaccessible ; c&apos;est normal. Merci !</translation>
    </message>
    <message>
        <source>The test sign-in was cancelled.</source>
        <translation>La connexion de test a été annulée.</translation>
    </message>
    <message>
        <source>Start it again when ready.</source>
        <translation>Relancez-la lorsque vous êtes prêt.</translation>
    </message>
</context>
<context>
    <name>flexo::TenantDiscovery</name>
    <message>
        <source>The discovery document of tenant &apos;%1&apos; names its %2 at %3, not at the sign-in service %4 of the %5 cloud.</source>
        <translation>Le document de découverte du locataire &apos;%1&apos; place son %2 sur %3, et non sur le service de connexion %4 du cloud %5.</translation>
    </message>
    <message>
        <source>an unreadable address</source>
        <translation>une adresse illisible</translation>
    </message>
    <message>
        <source>Sign-in endpoints must use https on the cloud&apos;s own sign-in host (plain http only for a custom cloud on this computer). A server that is not Microsoft&apos;s sign-in service answered, or the document was changed on its way: following it would send the client secret there.</source>
        <translation>Les points de terminaison de connexion doivent utiliser https sur l&apos;hôte de connexion propre au cloud (http simple uniquement pour un cloud personnalisé sur cet ordinateur). Un serveur qui n&apos;est pas le service de connexion de Microsoft a répondu, ou le document a été modifié en chemin : le suivre enverrait le secret client à ce serveur.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1. Check the cloud (for a custom cloud, its sign-in base address) and the proxy settings.</source>
        <translation>Rien n&apos;a été envoyé à %1. Vérifiez le cloud (pour un cloud personnalisé, son adresse de base de connexion) et les paramètres du proxy.</translation>
    </message>
    <message>
        <source>Tenant &apos;%1&apos; was not found in the %2 cloud (AADSTS90002).</source>
        <translation>Le locataire &apos;%1&apos; est introuvable dans le cloud %2 (AADSTS90002).</translation>
    </message>
    <message>
        <source>The tenant ID or domain is misspelled, the domain is not verified in any tenant, or the tenant belongs to a cloud whose sign-in service does not know it (China, operated by 21Vianet, is separate).</source>
        <translation>L&apos;ID ou le domaine du locataire est mal orthographié, le domaine n&apos;est vérifié dans aucun locataire, ou le locataire appartient à un cloud dont le service de connexion ne le connaît pas (la Chine, exploitée par 21Vianet, est distincte).</translation>
    </message>
    <message>
        <source>Check the spelling of the tenant ID or domain.</source>
        <translation>Vérifiez l&apos;orthographe de l&apos;ID ou du domaine du locataire.</translation>
    </message>
    <message>
        <source>Check the spelling of the tenant ID or domain. If you are not sure of the cloud, choose Global: its sign-in service also describes US Government tenants, and FlexO then names their cloud.</source>
        <translation>Vérifiez l&apos;orthographe de l&apos;ID ou du domaine du locataire. Si vous n&apos;êtes pas sûr du cloud, choisissez Mondial : son service de connexion décrit aussi les locataires US Government, et FlexO indique alors leur cloud.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tenant ID or domain (AADSTS900023).</source>
        <translation>&apos;%1&apos; n&apos;est pas un ID ou un domaine de locataire valide (AADSTS900023).</translation>
    </message>
    <message>
        <source>It is neither a GUID nor a domain name.</source>
        <translation>Ce n&apos;est ni un GUID ni un nom de domaine.</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID shown on the app registration&apos;s overview page, or a domain of the tenant such as contoso.onmicrosoft.com.</source>
        <translation>Saisissez l&apos;ID de l&apos;annuaire (locataire) affiché sur la page Vue d&apos;ensemble de l&apos;inscription d&apos;application, ou un domaine du locataire tel que contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Microsoft refused to describe tenant &apos;%1&apos; (HTTP %2%3).</source>
        <translation>Microsoft a refusé de décrire le locataire &apos;%1&apos; (HTTP %2%3).</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error.</source>
        <translation>Le service de connexion a répondu par une erreur.</translation>
    </message>
    <message>
        <source>Check the tenant and the cloud; if they are right, try again later.</source>
        <translation>Vérifiez le locataire et le cloud ; s&apos;ils sont corrects, réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 (US Government GCC uses the global service)</source>
        <translation>%1 (US Government GCC utilise le service mondial)</translation>
    </message>
    <message>
        <source>This tenant is in %1, the config says %2.</source>
        <translation>Ce locataire se trouve dans %1, la configuration indique %2.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s discovery document for &apos;%1&apos; describes a tenant of %2. An app with a client secret can sign in only at its own cloud&apos;s sign-in service, so every later step would fail (AADSTS900382).</source>
        <translation>Le document de découverte de Microsoft pour &apos;%1&apos; décrit un locataire de %2. Une application avec un secret client ne peut se connecter qu&apos;auprès du service de connexion de son propre cloud : toutes les étapes suivantes échoueraient donc (AADSTS900382).</translation>
    </message>
    <message>
        <source>Choose &quot;%1&quot; as the cloud: sign-in at %2, Microsoft Graph at %3. The app registration must exist in that cloud&apos;s portal, %4.</source>
        <translation>Choisissez « %1 » comme cloud : connexion sur %2, Microsoft Graph sur %3. L&apos;inscription d&apos;application doit exister dans le portail de ce cloud, %4.</translation>
    </message>
    <message>
        <source>correlation id %1</source>
        <translation>ID de corrélation %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>ID de requête %1</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service at %1 is throttling requests for the discovery document of tenant &apos;%2&apos;: %3, %4.</source>
        <translation>Le service de connexion de Microsoft sur %1 limite le débit des requêtes du document de découverte du locataire &apos;%2&apos; : %3, %4.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service at %1 could not give the discovery document of tenant &apos;%2&apos;: %3, %4.</source>
        <translation>Le service de connexion de Microsoft sur %1 n&apos;a pas pu fournir le document de découverte du locataire &apos;%2&apos; : %3, %4.</translation>
    </message>
    <message>
        <source>A temporary failure of Microsoft&apos;s sign-in service, not a problem of the configuration.</source>
        <translation>Une défaillance temporaire du service de connexion de Microsoft, et non un problème de configuration.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes.</source>
        <translation>Relancez la vérification dans quelques minutes.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes; if it keeps failing, give support the %1.</source>
        <translation>Relancez la vérification dans quelques minutes ; si l&apos;échec persiste, communiquez au support l&apos;%1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>No tenant is configured.</source>
        <translation>Aucun locataire n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID or a domain of the tenant.</source>
        <translation>Saisissez l&apos;ID de l&apos;annuaire (locataire) ou un domaine du locataire.</translation>
    </message>
    <message>
        <source>The discovery document of tenant &apos;%1&apos; could not be read (HTTP %2).</source>
        <translation>Le document de découverte du locataire &apos;%1&apos; n&apos;a pas pu être lu (HTTP %2).</translation>
    </message>
    <message>
        <source>The sign-in service or a proxy answered with an error instead of the document.</source>
        <translation>Le service de connexion ou un proxy a répondu par une erreur au lieu du document.</translation>
    </message>
    <message>
        <source>Check the cloud, the proxy settings, and try again later.</source>
        <translation>Vérifiez le cloud et les paramètres du proxy, puis réessayez plus tard.</translation>
    </message>
    <message>
        <source>The discovery document of tenant &apos;%1&apos; lacks the sign-in endpoints or the tenant ID.</source>
        <translation>Le document de découverte du locataire &apos;%1&apos; ne contient pas les points de terminaison de connexion ou l&apos;ID de locataire.</translation>
    </message>
    <message>
        <source>The answer did not come from Microsoft&apos;s sign-in service, or the cloud&apos;s base address is wrong.</source>
        <translation>La réponse ne provient pas du service de connexion de Microsoft, ou l&apos;adresse de base du cloud est incorrecte.</translation>
    </message>
    <message>
        <source>Check the cloud (for a custom cloud, its sign-in base address) and the proxy settings.</source>
        <translation>Vérifiez le cloud (pour un cloud personnalisé, son adresse de base de connexion) et les paramètres du proxy.</translation>
    </message>
    <message>
        <source>authorization endpoint</source>
        <translation>point de terminaison d&apos;autorisation</translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation>point de terminaison de jeton</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>émetteur</translation>
    </message>
</context>
<context>
    <name>flexo::Verification</name>
    <message>
        <source>needs a person at the keyboard to sign in</source>
        <translation>nécessite une personne au clavier pour se connecter</translation>
    </message>
    <message>
        <source>needs a kept sign-in</source>
        <translation>nécessite une connexion conservée</translation>
    </message>
    <message>
        <source>needs the client secret</source>
        <translation>nécessite le secret client</translation>
    </message>
    <message>
        <source>the run was stopped</source>
        <translation>l&apos;exécution a été arrêtée</translation>
    </message>
    <message>
        <source>a check it depends on did not run</source>
        <translation>une vérification dont elle dépend n&apos;a pas été exécutée</translation>
    </message>
    <message>
        <source>a check it depends on was skipped</source>
        <translation>une vérification dont elle dépend a été ignorée</translation>
    </message>
    <message>
        <source>a check it depends on failed</source>
        <translation>une vérification dont elle dépend a échoué</translation>
    </message>
    <message>
        <source>does not apply here</source>
        <translation>ne s&apos;applique pas ici</translation>
    </message>
</context>
<context>
    <name>flexo::cli</name>
    <message>
        <source>Run &apos;flexo-teams-setup %1 --help&apos; for usage.</source>
        <translation>Exécutez « flexo-teams-setup %1 --help » pour connaître l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Client secret (input hidden): </source>
        <translation>Secret client (saisie masquée) : </translation>
    </message>
    <message>
        <source>--secret-stdin was given, but the first line of standard input held no secret.</source>
        <translation>--secret-stdin a été indiqué, mais la première ligne de l&apos;entrée standard ne contenait aucun secret.</translation>
    </message>
    <message>
        <source>The client secret cannot be given as an argument: other users of this machine can read command lines in the process list, and the shell keeps them in its history. Pipe it with --secret-stdin, set FLEXO_CLIENT_SECRET, or keep it in the keychain (the wizard or `import` saves it there).</source>
        <translation>Le secret client ne peut pas être passé en argument : les autres utilisateurs de cette machine peuvent lire les lignes de commande dans la liste des processus, et le shell les conserve dans son historique. Transmettez-le par un tube avec --secret-stdin, définissez FLEXO_CLIENT_SECRET ou conservez-le dans le trousseau (l&apos;assistant ou `import` l&apos;y enregistre).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: flexo-teams-setup %1</source>
        <translation>Utilisation : flexo-teams-setup %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Run &apos;flexo-teams-setup --help&apos; for usage.</source>
        <translation>Exécutez « flexo-teams-setup --help » pour connaître l&apos;utilisation.</translation>
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
        <translation>Utilisation : flexo-teams-setup [COMMAND] [OPTIONS]

Configure et vérifie le connecteur Microsoft Teams d&apos;un serveur FlexO.
Sans commande, l&apos;assistant de configuration s&apos;ouvre.

Commandes :
  diagnose [CONFIG...] [--interactive]
           [--format text|json|markdown|html|nagios|prometheus]
           [--output FILE] [--timeout SECONDS] [--secret-stdin] [--redact-users]
           [--jobs N] [--keep-sign-in | --forget-sign-in]
                         exécuter les vérifications d&apos;une ou plusieurs
                         configurations de connecteur
  validate CONFIG...     vérifier les valeurs des configurations sans utiliser
                         le réseau
  export CONFIG --output FILE [--include-secret]
                         écrire la configuration pour le serveur FlexO
  import FILE [--output CONFIG]
                         lire une configuration FlexO ; son secret va dans
                         le trousseau
  show CONFIG [--reveal] afficher les valeurs pour le formulaire d&apos;intégration
                         Teams de FlexO
  rotate CONFIG --expires DATE
                         remplacer le secret client (le nouveau sur l&apos;entrée
                         standard)

Le secret client est lu dans l&apos;entrée de trousseau du cloud, du locataire et
du client de la configuration, sur l&apos;entrée standard (--secret-stdin) ou dans
FLEXO_CLIENT_SECRET (pour une seule inscription d&apos;application à la fois),
jamais dans un argument. « flexo-teams-setup COMMAND --help » décrit une
commande.

Options :
  -h, --help             afficher cette aide et quitter
  -v, --version          afficher la version et quitter

Options de l&apos;assistant (sans commande) :
  --custom-cloud URL     démarrer avec le cloud Personnalisé, connexion et
                         Graph à l&apos;adresse URL
  --dark                 utiliser un jeu de couleurs sombre
  CONFIG                 ouvrir plutôt la fenêtre de diagnostic pour CONFIG

Codes de sortie : 0 toutes les vérifications ont réussi (avertissements
admis), 1 une vérification a échoué, 2 erreur d&apos;utilisation ou configuration
illisible, 3 interrompu ou délai dépassé, 4 incomplet (aucun échec, mais
tout n&apos;a pas pu être vérifié).
</translation>
    </message>
</context>
<context>
    <name>flexo::cli::DiagnoseCommand</name>
    <message>
        <source>Runs the checks of one or more connector configs and reports, for each failure, what was observed, the likely cause and the fix. Without CONFIG, the config of this machine is used.
The client secret comes from --secret-stdin or FLEXO_CLIENT_SECRET (then every config must be the same app registration), or from the keychain entry of each config&apos;s cloud, tenant and client; without one, the checks that need it are skipped.</source>
        <translation>Exécute les vérifications d&apos;une ou plusieurs configurations de connecteur et indique, pour chaque échec, ce qui a été observé, la cause probable et la solution. Sans CONFIG, la configuration de cette machine est utilisée.
Le secret client provient de --secret-stdin ou de FLEXO_CLIENT_SECRET (toutes les configurations doivent alors désigner la même inscription d&apos;application), ou de l&apos;entrée du trousseau correspondant au cloud, au locataire et au client de chaque configuration ; sans secret, les vérifications qui en ont besoin sont ignorées.</translation>
    </message>
    <message>
        <source>Connector config files.</source>
        <translation>Fichiers de configuration de connecteur.</translation>
    </message>
    <message>
        <source>Also run the checks that need a person: test sign-in in the browser, probe meeting.</source>
        <translation>Exécuter aussi les vérifications qui nécessitent une personne : connexion de test dans le navigateur, réunion de test.</translation>
    </message>
    <message>
        <source>Read the client secret from the first line of standard input (not echoed).</source>
        <translation>Lire le secret client dans la première ligne de l&apos;entrée standard (sans écho).</translation>
    </message>
    <message>
        <source>Mask user names (c***@contoso.com) in the report.</source>
        <translation>Masquer les noms d&apos;utilisateur (c***@contoso.com) dans le rapport.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds between 1 and 86400.</source>
        <translation>--timeout nécessite un nombre entier de secondes entre 1 et 86400.</translation>
    </message>
    <message>
        <source>No config given, and this machine has no saved connector config.</source>
        <translation>Aucune configuration indiquée, et cette machine n&apos;a aucune configuration de connecteur enregistrée.</translation>
    </message>
    <message>
        <source>A client secret given with --secret-stdin or FLEXO_CLIENT_SECRET is used for one app registration only, but these configs name different clouds, tenants or client IDs. Diagnose them one at a time, each with its own secret.</source>
        <translation>Un secret client transmis avec --secret-stdin ou FLEXO_CLIENT_SECRET ne sert qu&apos;à une seule inscription d&apos;application, mais ces configurations désignent des clouds, des locataires ou des ID client différents. Diagnostiquez-les une par une, chacune avec son propre secret.</translation>
    </message>
    <message>
        <source>With --interactive: keep the test sign-in (its refresh token, in the keychain entry of the config&apos;s registration) so that later runs without a person also check the token refresh and the meeting probe.</source>
        <translation>Avec --interactive : conserver la connexion de test (son jeton d&apos;actualisation, dans l&apos;entrée de trousseau de l&apos;inscription de la configuration) afin que les exécutions ultérieures sans intervention humaine vérifient aussi l&apos;actualisation du jeton et la réunion de test.</translation>
    </message>
    <message>
        <source>Remove the sign-in kept for each config from the keychain; no check runs.</source>
        <translation>Supprimer du trousseau la connexion conservée pour chaque configuration ; aucune vérification n&apos;est exécutée.</translation>
    </message>
    <message>
        <source>--keep-sign-in needs --interactive: only a test sign-in by a person can be kept.</source>
        <translation>--keep-sign-in nécessite --interactive : seule une connexion de test effectuée par une personne peut être conservée.</translation>
    </message>
    <message>
        <source>--forget-sign-in runs no check: use it without --interactive and --keep-sign-in.</source>
        <translation>--forget-sign-in n&apos;exécute aucune vérification : utilisez-le sans --interactive ni --keep-sign-in.</translation>
    </message>
    <message>
        <source>Diagnose at most N configs at the same time, at most %1 of one tenant (default %2 on this computer).</source>
        <translation>Diagnostiquer au plus N configurations à la fois, au plus %1 d&apos;un même locataire (par défaut %2 sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Unknown report format &apos;%1&apos;: use text, json, markdown, html, nagios or prometheus.</source>
        <translation>Format de rapport « %1 » inconnu : utilisez text, json, markdown, html, nagios ou prometheus.</translation>
    </message>
    <message>
        <source>--jobs needs a number between 1 and %1.</source>
        <translation>--jobs demande un nombre entre 1 et %1.</translation>
    </message>
    <message>
        <source>%1 is the same file as %2: it is diagnosed once.</source>
        <translation>%1 est le même fichier que %2 : il n&apos;est diagnostiqué qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Report format: text, json, markdown, html, nagios (a monitoring plugin&apos;s status line; exit code 0 OK, 1 warning, 2 critical, 3 unknown) or prometheus (for node_exporter&apos;s textfile collector). Give it several times, each with its --output, for several reports of the same run.</source>
        <translation>Format du rapport : text, json, markdown, html, nagios (la ligne d&apos;état d&apos;un plugin de supervision ; code de sortie 0 OK, 1 avertissement, 2 critique, 3 inconnu) ou prometheus (pour le collecteur textfile de node_exporter). À donner plusieurs fois, chacun avec son --output, pour plusieurs rapports de la même exécution.</translation>
    </message>
    <message>
        <source>Give each report its --output: %1 --format and %2 --output given.</source>
        <translation>Chaque rapport a besoin de son --output : %1 --format et %2 --output donnés.</translation>
    </message>
    <message>
        <source>--format nagios is a monitoring plugin&apos;s answer: give it alone.</source>
        <translation>--format nagios est la réponse d&apos;un plugin de supervision : à donner seul.</translation>
    </message>
    <message>
        <source>%1 is given twice with --output: each report needs its own file.</source>
        <translation>%1 est donné deux fois avec --output : chaque rapport a besoin de son propre fichier.</translation>
    </message>
    <message>
        <source>Write the report to FILE (replaced atomically) instead of standard output; with several --format, the first format goes to the first file, and so on.</source>
        <translation>Écrire le rapport dans FICHIER (remplacé de manière atomique) au lieu de la sortie standard ; avec plusieurs --format, le premier format va dans le premier fichier, et ainsi de suite.</translation>
    </message>
    <message>
        <source>Stop after SECONDS and report what finished (exit code 3). Without it, a run with --format nagios stops after %1 seconds.</source>
        <translation>S&apos;arrêter après SECONDES et indiquer ce qui est terminé (code de sortie 3). Sans elle, une exécution avec --format nagios s&apos;arrête après %1 secondes.</translation>
    </message>
</context>
<context>
    <name>flexo::cli::DiagnoseRun</name>
    <message>
        <source>[%1/%2] diagnosed %3</source>
        <translation>[%1/%2] diagnostic terminé : %3</translation>
    </message>
    <message>
        <source>[0/%1] starting</source>
        <translation>[0/%1] démarrage</translation>
    </message>
    <message>
        <source>Time limit of %1 seconds reached: stopping the checks.</source>
        <translation>Limite de temps de %1 secondes atteinte : arrêt des vérifications.</translation>
    </message>
    <message>
        <source>Interrupted: stopping the checks.</source>
        <translation>Interrompu : arrêt des vérifications.</translation>
    </message>
    <message>
        <source>Sign in with an administrator account of the tenant in your browser. If it does not open, open this address:</source>
        <translation>Connectez-vous dans votre navigateur avec un compte administrateur du locataire. S&apos;il ne s&apos;ouvre pas, ouvrez cette adresse :</translation>
    </message>
    <message>
        <source>If the browser cannot reach this computer afterwards (remote session), copy the address it was sent to from its address bar and paste it here, then press Enter.</source>
        <translation>Si le navigateur ne peut ensuite pas joindre cet ordinateur (session à distance), copiez depuis sa barre d&apos;adresse l&apos;adresse vers laquelle il a été envoyé, collez-la ici, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>No browser could be started (set BROWSER to choose one); open the address above yourself.</source>
        <translation>Aucun navigateur n&apos;a pu être démarré (définissez BROWSER pour en choisir un) ; ouvrez vous-même l&apos;adresse ci-dessus.</translation>
    </message>
    <message>
        <source>That is not the address of a sign-in answer this run is waiting for; it was ignored.</source>
        <translation>Ce n&apos;est pas l&apos;adresse d&apos;une réponse de connexion attendue par cette exécution ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>flexo::cli::ExportCommand</name>
    <message>
        <source>Writes the connector config for the FlexO server to FILE. Without --include-secret the file holds no secret; FlexO then needs the secret entered separately. With it, the secret is read from the keychain entry of the config&apos;s cloud, tenant and client (or --secret-stdin, or FLEXO_CLIENT_SECRET) and the file is made readable by you only.</source>
        <translation>Écrit la configuration du connecteur pour le serveur FlexO dans FICHIER. Sans --include-secret, le fichier ne contient aucun secret ; FlexO a alors besoin que le secret soit saisi séparément. Avec cette option, le secret est lu dans l&apos;entrée du trousseau correspondant au cloud, au locataire et au client de la configuration (ou via --secret-stdin, ou FLEXO_CLIENT_SECRET) et le fichier n&apos;est rendu lisible que par vous.</translation>
    </message>
    <message>
        <source>The connector config to export.</source>
        <translation>La configuration de connecteur à exporter.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Write the client secret into the file (mode 0600).</source>
        <translation>Écrire le secret client dans le fichier (mode 0600).</translation>
    </message>
    <message>
        <source>With --include-secret: read the secret from standard input instead of the keychain.</source>
        <translation>Avec --include-secret : lire le secret sur l&apos;entrée standard au lieu du trousseau.</translation>
    </message>
    <message>
        <source>Name exactly one config to export.</source>
        <translation>Indiquez exactement une configuration à exporter.</translation>
    </message>
    <message>
        <source>Say where to write the export with --output FILE.</source>
        <translation>Indiquez où écrire l&apos;export avec --output FICHIER.</translation>
    </message>
    <message>
        <source>--secret-stdin only makes sense with --include-secret.</source>
        <translation>--secret-stdin n&apos;a de sens qu&apos;avec --include-secret.</translation>
    </message>
    <message>
        <source>The export would replace the config it is made from; choose another --output.</source>
        <translation>L&apos;export remplacerait la configuration dont il est issu ; choisissez un autre --output.</translation>
    </message>
    <message>
        <source>The secret could not be read from the keychain, so nothing was written.</source>
        <translation>Le secret n&apos;a pas pu être lu dans le trousseau : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Give the secret with --secret-stdin or FLEXO_CLIENT_SECRET instead.</source>
        <translation>Fournissez plutôt le secret avec --secret-stdin ou FLEXO_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>Warning: %1 holds the client secret in plain text. It is readable by you only; hand it over on a safe channel, import it on the FlexO server, then delete it.</source>
        <translation>Avertissement : %1 contient le secret client en clair. Il n&apos;est lisible que par vous ; transmettez-le par un canal sûr, importez-le sur le serveur FlexO, puis supprimez-le.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 exporté vers %2.</translation>
    </message>
</context>
<context>
    <name>flexo::cli::ForgetSignIn</name>
    <message>
        <source>%1: the kept sign-in could not be removed: %2</source>
        <translation>%1 : la connexion conservée n&apos;a pas pu être supprimée : %2</translation>
    </message>
    <message>
        <source>%1: no sign-in is kept for this connector any more.</source>
        <translation>%1 : plus aucune connexion n&apos;est conservée pour ce connecteur.</translation>
    </message>
</context>
<context>
    <name>flexo::cli::ImportCommand</name>
    <message>
        <source>Reads a connector config file and checks it. When it holds the client secret, the secret is stored in the keychain and the config is written without it. Without --output, the config of this machine is replaced (the previous one is kept as .bak). A file that fails the checks changes nothing.</source>
        <translation>Lit un fichier de configuration de connecteur et le vérifie. S&apos;il contient le secret client, le secret est enregistré dans le trousseau et la configuration est écrite sans lui. Sans --output, la configuration de cette machine est remplacée (la précédente est conservée en .bak). Un fichier qui échoue aux vérifications ne modifie rien.</translation>
    </message>
    <message>
        <source>The config file to import.</source>
        <translation>Le fichier de configuration à importer.</translation>
    </message>
    <message>
        <source>Where to write the config (default: this machine&apos;s config).</source>
        <translation>Où écrire la configuration (par défaut : la configuration de cette machine).</translation>
    </message>
    <message>
        <source>Name exactly one file to import.</source>
        <translation>Indiquez exactement un fichier à importer.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>%1 was not imported because of the errors above. %2</source>
        <translation>%1 n&apos;a pas été importé en raison des erreurs ci-dessus. %2</translation>
    </message>
    <message>
        <source>The folder of %1 could not be created. %2</source>
        <translation>Le dossier de %1 n&apos;a pas pu être créé. %2</translation>
    </message>
    <message>
        <source>The client secret could not be stored in the keychain, so the config was not written (it would not work without its secret).</source>
        <translation>Le secret client n&apos;a pas pu être enregistré dans le trousseau : la configuration n&apos;a donc pas été écrite (elle ne fonctionnerait pas sans son secret).</translation>
    </message>
    <message>
        <source>The secret is already in the keychain (%1, %2); run the import again once the config can be written.</source>
        <translation>Le secret est déjà dans le trousseau (%1, %2) ; relancez l&apos;import une fois que la configuration peut être écrite.</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 importé dans %2.</translation>
    </message>
    <message>
        <source>The client secret is now in the keychain (service %1, key %2); the config does not hold it.</source>
        <translation>Le secret client est maintenant dans le trousseau (service %1, clé %2) ; la configuration ne le contient pas.</translation>
    </message>
    <message>
        <source>The previous config was kept as %1.</source>
        <translation>La configuration précédente a été conservée sous %1.</translation>
    </message>
</context>
<context>
    <name>flexo::cli::RotateCommand</name>
    <message>
        <source>Replaces the client secret of CONFIG. Create a new secret in Certificates &amp; secrets of the app registration first, then give its Value (not its Secret ID) on standard input. The new secret is checked with a client-credentials grant while the old one is tried too; only when the new one works is it stored in the keychain, and CONFIG is saved with the new expiry date and hint. If anything fails, the old secret stays in the keychain and CONFIG is unchanged.</source>
        <translation>Remplace le secret client de CONFIG. Créez d&apos;abord un nouveau secret dans Certificats et secrets de l&apos;inscription d&apos;application, puis fournissez sa Valeur (et non son ID de secret) sur l&apos;entrée standard. Le nouveau secret est vérifié par un octroi d&apos;informations d&apos;identification du client, tandis que l&apos;ancien est également essayé ; ce n&apos;est que si le nouveau fonctionne qu&apos;il est enregistré dans le trousseau, et CONFIG est enregistré avec la nouvelle date d&apos;expiration et le nouvel indice. En cas d&apos;échec, l&apos;ancien secret reste dans le trousseau et CONFIG est inchangé.</translation>
    </message>
    <message>
        <source>The saved connector config whose secret to replace.</source>
        <translation>La configuration de connecteur enregistrée dont le secret est à remplacer.</translation>
    </message>
    <message>
        <source>The new secret&apos;s expiry date as the portal shows it (YYYY-MM-DD).</source>
        <translation>La date d&apos;expiration du nouveau secret telle que le portail l&apos;affiche (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Name exactly one config whose secret to replace.</source>
        <translation>Indiquez exactement une configuration dont le secret est à remplacer.</translation>
    </message>
    <message>
        <source>Give the new secret&apos;s expiry date with --expires YYYY-MM-DD (the portal shows it in the “Expires” column).</source>
        <translation>Indiquez la date d&apos;expiration du nouveau secret avec --expires AAAA-MM-JJ (le portail l&apos;affiche dans la colonne « Expire »).</translation>
    </message>
    <message>
        <source>New client secret, its Value (input hidden): </source>
        <translation>Nouveau secret client, sa Valeur (saisie masquée) : </translation>
    </message>
    <message>
        <source>Give the new secret&apos;s Value on standard input.</source>
        <translation>Fournissez la Valeur du nouveau secret sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Checking the new secret with Microsoft, and the old one at the same time…</source>
        <translation>Vérification du nouveau secret auprès de Microsoft, et de l&apos;ancien en même temps…</translation>
    </message>
    <message>
        <source>Putting the old secret back into the keychain…</source>
        <translation>Remise de l&apos;ancien secret dans le trousseau…</translation>
    </message>
    <message>
        <source>New secret: %1</source>
        <translation>Nouveau secret : %1</translation>
    </message>
    <message>
        <source>Old secret (%1…): still works.</source>
        <translation>Ancien secret (%1…) : fonctionne encore.</translation>
    </message>
    <message>
        <source>Old secret (%1…): does not work any more (%2). Replacing it goes on.</source>
        <translation>Ancien secret (%1…) : ne fonctionne plus (%2). Le remplacement continue.</translation>
    </message>
    <message>
        <source>The new secret is in the keychain, and %1 now records its expiry date %2 and hint %3.</source>
        <translation>Le nouveau secret est dans le trousseau, et %1 enregistre désormais sa date d&apos;expiration %2 et son indice %3.</translation>
    </message>
    <message>
        <source>Next: enter the new secret as the Application Secret Key in FlexO&apos;s Teams integration and save it (flexo-teams-setup show %1 --reveal prints it on a terminal).</source>
        <translation>Ensuite : saisissez le nouveau secret comme Application Secret Key dans l&apos;intégration Teams de FlexO et enregistrez-la (flexo-teams-setup show %1 --reveal l&apos;affiche dans un terminal).</translation>
    </message>
</context>
<context>
    <name>flexo::cli::ShowCommand</name>
    <message>
        <source>Prints the values to enter in FlexO&apos;s Teams integration form, under the form&apos;s own field names: Tenant ID, Application ID, Application Secret Key, Redirection URL and Lifecycle URL. The secret is printed only with --reveal, and only when standard output is a terminal; it is read from the config file (an export that holds it) or the keychain entry of the config&apos;s cloud, tenant and client.</source>
        <translation>Affiche les valeurs à saisir dans le formulaire d&apos;intégration Teams de FlexO, sous les noms de champ du formulaire : Tenant ID, Application ID, Application Secret Key, Redirection URL et Lifecycle URL. Le secret n&apos;est affiché qu&apos;avec --reveal, et uniquement si la sortie standard est un terminal ; il est lu dans le fichier de configuration (un export qui le contient) ou dans l&apos;entrée de trousseau du cloud, du locataire et du client de la configuration.</translation>
    </message>
    <message>
        <source>The connector config to show.</source>
        <translation>La configuration de connecteur à afficher.</translation>
    </message>
    <message>
        <source>Print the client secret too (only to a terminal, never to a pipe or file).</source>
        <translation>Afficher aussi le secret client (uniquement dans un terminal, jamais dans un tube ou un fichier).</translation>
    </message>
    <message>
        <source>Name exactly one config to show.</source>
        <translation>Indiquez exactement une configuration à afficher.</translation>
    </message>
    <message>
        <source>(not printed: standard output is not a terminal)</source>
        <translation>(non affiché : la sortie standard n&apos;est pas un terminal)</translation>
    </message>
    <message>
        <source>The client secret is printed only to a terminal, never into a pipe or a file. Run the command in a terminal without redirecting its output, or copy the secret from the wizard or the diagnose window.</source>
        <translation>Le secret client n&apos;est affiché que dans un terminal, jamais dans un tube ou un fichier. Exécutez la commande dans un terminal sans rediriger sa sortie, ou copiez le secret depuis l&apos;assistant ou la fenêtre de diagnostic.</translation>
    </message>
    <message>
        <source>The client secret could not be read from the keychain.</source>
        <translation>Le secret client n&apos;a pas pu être lu dans le trousseau.</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(non disponible)</translation>
    </message>
    <message>
        <source>(add --reveal to print it on a terminal)</source>
        <translation>(ajoutez --reveal pour l&apos;afficher dans un terminal)</translation>
    </message>
    <message>
        <source>Values for FlexO&apos;s Teams integration form (%1):</source>
        <translation>Valeurs pour le formulaire d&apos;intégration Teams de FlexO (%1) :</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>flexo::cli::ValidateCommand</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Checks that every value of each config is present and well-formed, without using the network or the keychain. Exit code 0 when all are valid (warnings allowed), 1 when a value is wrong, 2 when a file cannot be read.</source>
        <translation>Vérifie que chaque valeur de chaque configuration est présente et bien formée, sans utiliser le réseau ni le trousseau. Code de sortie 0 si toutes sont valides (avertissements admis), 1 si une valeur est incorrecte, 2 si un fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Connector config files.</source>
        <translation>Fichiers de configuration de connecteur.</translation>
    </message>
    <message>
        <source>Name at least one config file to validate.</source>
        <translation>Indiquez au moins un fichier de configuration à valider.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
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
        <source>GCC High (Azure Government)</source>
        <translation>GCC High (Azure Government)</translation>
    </message>
    <message>
        <source>DoD (Azure Government)</source>
        <translation>DoD (Azure Government)</translation>
    </message>
    <message>
        <source>US Government GCC, which uses the global cloud</source>
        <translation>US Government GCC, qui utilise le cloud mondial</translation>
    </message>
    <message>
        <source>the global cloud</source>
        <translation>le cloud mondial</translation>
    </message>
    <message>
        <source>This tenant is in %1; %2 was selected.</source>
        <translation>Ce locataire se trouve dans %1 ; %2 a été sélectionné.</translation>
    </message>
    <message>
        <source>This tenant is in %1, as selected.</source>
        <translation>Ce locataire se trouve dans %1, comme sélectionné.</translation>
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
        <source>as the Expires column shows it, or YYYY-MM-DD</source>
        <translation>comme l&apos;affiche la colonne « Expire », ou AAAA-MM-JJ</translation>
    </message>
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
        <source>The secret&apos;s expiry will not be tracked: nobody is warned before it stops working.</source>
        <translation>L&apos;expiration du secret ne sera pas suivie : personne ne sera averti avant qu&apos;il cesse de fonctionner.</translation>
    </message>
    <message>
        <source>The date is in the portal, under Certificates &amp; secrets, in the Expires column.</source>
        <translation>La date se trouve dans le portail, sous Certificats et secrets, colonne Expire.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>« %1 » n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>Enter it as %1 or %2, or pick it from the calendar.</source>
        <translation>Saisissez-la sous la forme %1 ou %2, ou choisissez-la dans le calendrier.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Expire le %1.</translation>
    </message>
    <message>
        <source>Secret expiry date</source>
        <translation>Date d&apos;expiration du secret</translation>
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
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>&amp;Open config…</source>
        <translation>&amp;Ouvrir une configuration…</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>&amp;Lancer les vérifications</translation>
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
        <source>This config uses a custom cloud, not one of Microsoft&apos;s.</source>
        <translation>Cette configuration utilise un cloud personnalisé, et non l&apos;un de ceux de Microsoft.</translation>
    </message>
    <message>
        <source>Sign-in at %1, Microsoft Graph at %2.</source>
        <translation>Connexion sur %1, Microsoft Graph sur %2.</translation>
    </message>
    <message>
        <source>Run the checks only if you trust these servers: the client secret is sent to the sign-in server.</source>
        <translation>N&apos;exécutez les vérifications que si vous faites confiance à ces serveurs : le secret client est envoyé au serveur de connexion.</translation>
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
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Admin-consent link</source>
        <translation>Lien de consentement d&apos;administrateur</translation>
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
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>FlexO &amp;values…</source>
        <translation>&amp;Valeurs FlexO…</translation>
    </message>
    <message>
        <source>The values to enter in FlexO&apos;s Teams integration form, to copy.</source>
        <translation>Les valeurs à saisir dans le formulaire d&apos;intégration Teams de FlexO, à copier.</translation>
    </message>
    <message>
        <source>Re&amp;place the client secret…</source>
        <translation>&amp;Remplacer le secret client…</translation>
    </message>
    <message>
        <source>Connector config</source>
        <translation>Configuration du connecteur</translation>
    </message>
    <message>
        <source>Client secret, used for this check only</source>
        <translation>Secret client, utilisé pour cette vérification seulement</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Détails de la vérification sélectionnée</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>Lancer les vérifications</translation>
    </message>
    <message>
        <source>Test the sign-in and a Teams meeting</source>
        <translation>Tester la connexion et une réunion Teams</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Monitoring sign-in: kept for %1 since %2.</source>
        <translation>Connexion de surveillance : conservée pour %1 depuis %2.</translation>
    </message>
    <message>
        <source>Monitoring sign-in: unknown. %1</source>
        <translation>Connexion de surveillance : inconnue. %1</translation>
    </message>
    <message>
        <source>Monitoring sign-in: none kept. Runs without a person skip the token refresh and the meeting probe (keep one with diagnose --interactive --keep-sign-in).</source>
        <translation>Connexion de surveillance : aucune conservée. Les exécutions sans intervention humaine ignorent l&apos;actualisation du jeton et la réunion de test (conservez-en une avec diagnose --interactive --keep-sign-in).</translation>
    </message>
</context>
<context>
    <name>flexo::ui::ExpiryBanner</name>
    <message>
        <source>Replace the client secret…</source>
        <translation>Remplacer le secret client…</translation>
    </message>
    <message>
        <source>Replace the client secret</source>
        <translation>Remplacer le secret client</translation>
    </message>
    <message>
        <source>Create a new secret and replace it here while the old one still works; then enter the new one in FlexO.</source>
        <translation>Créez un nouveau secret et remplacez l&apos;ancien ici tant qu&apos;il fonctionne encore ; saisissez ensuite le nouveau dans FlexO.</translation>
    </message>
    <message>
        <source>The client secret expired on %1.</source>
        <translation>Le secret client a expiré le %1.</translation>
    </message>
    <message>
        <source>FlexO cannot connect to Teams with an expired secret.</source>
        <translation>FlexO ne peut pas se connecter à Teams avec un secret expiré.</translation>
    </message>
    <message numerus="yes">
        <source>The client secret expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>Le secret client expire le %1, dans %n jour.</numerusform>
            <numerusform>Le secret client expire le %1, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>When it expires, FlexO stops connecting to Teams.</source>
        <translation>À son expiration, FlexO ne peut plus se connecter à Teams.</translation>
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
    <name>flexo::ui::HandoverDialog</name>
    <message>
        <source>Values for FlexO</source>
        <translation>Valeurs pour FlexO</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>flexo::ui::HandoverView</name>
    <message>
        <source>Enter these values in FlexO&apos;s Teams integration settings, each under the same name:</source>
        <translation>Saisissez ces valeurs dans les paramètres d&apos;intégration Teams de FlexO, chacune sous le même nom :</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>The client secret is on the clipboard.</source>
        <translation>Le secret client est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The client secret was removed from the clipboard.</source>
        <translation>Le secret client a été retiré du presse-papiers.</translation>
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
        <translation>Une exécution précédente s&apos;est arrêtée après avoir créé sa réunion « Test de connexion FlexO » et avant de la supprimer.</translation>
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
            <numerusform>%n réunion de test précédente n&apos;a pas pu être supprimée : supprimez-la à la main.</numerusform>
            <numerusform>%n réunions de test précédentes n&apos;ont pas pu être supprimées : supprimez-les à la main.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the calendar of the signed-in account in Teams or Outlook and delete the &quot;FlexO connection test&quot; meeting(s) listed here, or try Delete the earlier test meeting again later.</source>
        <translation>Ouvrez le calendrier du compte connecté dans Teams ou Outlook et supprimez la ou les réunions « Test de connexion FlexO » indiquées ici, ou réessayez plus tard avec Supprimer la réunion de test précédente.</translation>
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
        <translation>Ouvrez Autorisations d&apos;API, appuyez sur Ajouter une autorisation, choisissez Microsoft Graph, puis Autorisations déléguées, cherchez l&apos;autorisation ci-dessous, cochez-la et appuyez sur Ajouter des autorisations.</translation>
    </message>
    <message>
        <source>Delegated permission</source>
        <translation>Autorisation déléguée</translation>
    </message>
    <message>
        <source>5. Grant admin consent</source>
        <translation>5. Accorder un consentement d&apos;administrateur</translation>
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
        <source>your organisation</source>
        <translation>votre organisation</translation>
    </message>
    <message>
        <source>Back in API permissions, press &quot;Grant admin consent for %1&quot; and confirm. The Status column then shows a green tick for every permission; without it each FlexO user would have to agree on their own, or could not at all.</source>
        <translation>De retour dans Autorisations d&apos;API, appuyez sur « Accorder un consentement d&apos;administrateur pour %1 » et confirmez. La colonne État affiche alors une coche verte pour chaque autorisation ; sinon chaque utilisateur FlexO devrait consentir lui-même, ou ne le pourrait pas du tout.</translation>
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
        <translation>%1 étape(s) sur %2 terminée(s)</translation>
    </message>
    <message>
        <source>A Custom cloud has no known portal.</source>
        <translation>Un cloud personnalisé n&apos;a pas de portail connu.</translation>
    </message>
    <message>
        <source>Register the app in the admin portal of your cloud (whoever operates it knows its address): the steps below are the same there. Then tick them and press Next, or press &quot;My app is already registered&quot;.</source>
        <translation>Inscrivez l&apos;application dans le portail d&apos;administration de votre cloud (son exploitant en connaît l&apos;adresse) : les étapes ci-dessous y sont les mêmes. Cochez-les ensuite et appuyez sur Suivant, ou appuyez sur « Mon application est déjà inscrite ».</translation>
    </message>
    <message>
        <source>Registered before</source>
        <translation>Déjà inscrite</translation>
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
    <name>flexo::ui::RotationDialog</name>
    <message>
        <source>Replace the client secret</source>
        <translation>Remplacer le secret client</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open Certificates &amp;amp; secrets of the app registration and choose “New client secret”.&lt;/li&gt;&lt;li&gt;Copy the new secret&apos;s &lt;b&gt;Value&lt;/b&gt; at once: the portal shows it only now. Not the Secret ID beside it.&lt;/li&gt;&lt;li&gt;Paste it here with the expiry date the portal shows. The new secret is tried while the old one still works; nothing changes until it works.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Ouvrez Certificats et secrets de l&apos;inscription d&apos;application et choisissez « Nouveau secret client ».&lt;/li&gt;&lt;li&gt;Copiez immédiatement la &lt;b&gt;Valeur&lt;/b&gt; du nouveau secret : le portail ne l&apos;affiche que maintenant. Pas l&apos;ID du secret à côté.&lt;/li&gt;&lt;li&gt;Collez-la ici avec la date d&apos;expiration affichée par le portail. Le nouveau secret est essayé pendant que l&apos;ancien fonctionne encore ; rien ne change tant qu&apos;il ne fonctionne pas.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Certificates &amp;&amp; secrets</source>
        <translation>Ouvrir &amp;Certificats et secrets</translation>
    </message>
    <message>
        <source>A custom cloud has no portal known to this tool.</source>
        <translation>Un cloud personnalisé n&apos;a pas de portail connu de cet outil.</translation>
    </message>
    <message>
        <source>New client secret (its Value)</source>
        <translation>Nouveau secret client (sa Valeur)</translation>
    </message>
    <message>
        <source>the Value column, not the Secret ID</source>
        <translation>la colonne Valeur, pas l&apos;ID du secret</translation>
    </message>
    <message>
        <source>New secret &amp;Value:</source>
        <translation>&amp;Valeur du nouveau secret :</translation>
    </message>
    <message>
        <source>Expiry date of the new secret</source>
        <translation>Date d&apos;expiration du nouveau secret</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Expire le :</translation>
    </message>
    <message>
        <source>&amp;Replace the secret</source>
        <translation>&amp;Remplacer le secret</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reading the current secret from the keychain…</source>
        <translation>Lecture du secret actuel dans le trousseau…</translation>
    </message>
    <message>
        <source>Trying the new secret with Microsoft, and the old one at the same time…</source>
        <translation>Essai du nouveau secret auprès de Microsoft, et de l&apos;ancien en même temps…</translation>
    </message>
    <message>
        <source>Storing the new secret in the keychain…</source>
        <translation>Enregistrement du nouveau secret dans le trousseau…</translation>
    </message>
    <message>
        <source>Saving the new expiry date in the config…</source>
        <translation>Enregistrement de la nouvelle date d&apos;expiration dans la configuration…</translation>
    </message>
    <message>
        <source>Putting the old secret back into the keychain…</source>
        <translation>Remise de l&apos;ancien secret dans le trousseau…</translation>
    </message>
    <message>
        <source>The old secret (%1…) still works until you delete it.</source>
        <translation>L&apos;ancien secret (%1…) fonctionne encore jusqu&apos;à ce que vous le supprimiez.</translation>
    </message>
    <message>
        <source>The old secret (%1…) does not work any more.</source>
        <translation>L&apos;ancien secret (%1…) ne fonctionne plus.</translation>
    </message>
    <message>
        <source>This does not stop the replacement: the new secret is what counts.</source>
        <translation>Cela n&apos;empêche pas le remplacement : c&apos;est le nouveau secret qui compte.</translation>
    </message>
    <message>
        <source>The new secret works and is in the keychain.</source>
        <translation>Le nouveau secret fonctionne et se trouve dans le trousseau.</translation>
    </message>
    <message>
        <source>The config now records its expiry date, %1, and its hint, %2.</source>
        <translation>La configuration enregistre désormais sa date d&apos;expiration, %1, et son indice, %2.</translation>
    </message>
    <message>
        <source>Now enter it in FlexO as the Application Secret Key and save there.</source>
        <translation>Saisissez-le maintenant dans FlexO comme Application Secret Key et enregistrez-y.</translation>
    </message>
</context>
<context>
    <name>flexo::ui::SavePage</name>
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
    <message>
        <source>Connector configs (*%1 *.json)</source>
        <translation>Configurations de connecteur (*%1 *.json)</translation>
    </message>
    <message>
        <source>For FlexO&apos;s Teams integration</source>
        <translation>Pour l&apos;intégration Teams de FlexO</translation>
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
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>The connector config has not been saved. If you close now, the results of the checks are lost; what you entered, except the client secret, is offered again the next time the wizard starts.</source>
        <translation>La configuration du connecteur n&apos;a pas été enregistrée. Si vous fermez maintenant, les résultats des vérifications seront perdus ; ce que vous avez saisi, sauf le secret client, vous sera proposé de nouveau au prochain démarrage de l&apos;assistant.</translation>
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
        <source>Signed in, and the sign-in can be renewed: press Next.</source>
        <translation>Connecté, et la connexion peut être renouvelée : appuyez sur Suivant.</translation>
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
        <translation>Toutes les autorisations accordées : %1</translation>
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
        <source>In the portal, open the app&apos;s Authentication page, add this address to the %1 platform, press Save, then press Try again:</source>
        <translation>Dans le portail, ouvrez la page « Authentification » de l&apos;application, ajoutez cette adresse à la plateforme %1, cliquez sur « Enregistrer », puis sur « Réessayer » :</translation>
    </message>
    <message>
        <source>In the portal, open the app&apos;s Authentication page, remove this address from the %1 platform, add it to the %2 platform, press Save, then press Try again:</source>
        <translation>Dans le portail, ouvrez la page « Authentification » de l&apos;application, retirez cette adresse de la plateforme %1, ajoutez-la à la plateforme %2, cliquez sur « Enregistrer », puis sur « Réessayer » :</translation>
    </message>
    <message>
        <source>Admin consent needed</source>
        <translation>Consentement d&apos;administrateur requis</translation>
    </message>
    <message>
        <source>Send this link to an administrator who may grant consent for the organisation (a Global Administrator, Privileged Role Administrator, Cloud Application Administrator or Application Administrator). When they have opened it and accepted, press Try again:</source>
        <translation>Envoyez ce lien à un administrateur qui peut donner son consentement pour l&apos;organisation (administrateur général, administrateur de rôle privilégié, administrateur d&apos;applications cloud ou administrateur d&apos;applications). Une fois qu&apos;il l&apos;a ouvert et accepté, cliquez sur « Réessayer » :</translation>
    </message>
    <message>
        <source>Admin-consent link</source>
        <translation>Lien de consentement d&apos;administrateur</translation>
    </message>
    <message>
        <source>Another cloud</source>
        <translation>Un autre cloud</translation>
    </message>
    <message>
        <source>Go back to the Cloud and tenant page and choose %1, then sign in again.</source>
        <translation>Revenez à la page « Cloud et locataire », choisissez %1, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Keep this sign-in to check the connector every day</source>
        <translation>Conserver cette connexion pour vérifier le connecteur chaque jour</translation>
    </message>
    <message>
        <source>Keep this sign-in of %1 to check the connector every day</source>
        <translation>Conserver cette connexion de %1 pour vérifier le connecteur chaque jour</translation>
    </message>
    <message>
        <source>FlexO Teams Setup then keeps the sign-in&apos;s refresh token in this computer&apos;s keychain, next to the client secret and never in a file, so that a daily check can renew the sign-in and create and delete a test meeting as %1 without you.</source>
        <translation>FlexO Teams Setup conserve alors le jeton d&apos;actualisation de la connexion dans le trousseau de cet ordinateur, à côté du secret client et jamais dans un fichier, afin qu&apos;une vérification quotidienne puisse renouveler la connexion, puis créer et supprimer une réunion de test en tant que %1 sans vous.</translation>
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
        <translation>L&apos;assistant a été interrompu après avoir créé sa réunion « Test de connexion FlexO », avant de pouvoir la supprimer.</translation>
    </message>
    <message>
        <source>Go on with the setup: after the test sign-in, the Teams meeting test page offers to delete it.</source>
        <translation>Poursuivez la configuration : après la connexion de test, la page Test de réunion Teams propose de la supprimer.</translation>
    </message>
    <message>
        <source>your organisation</source>
        <translation>votre organisation</translation>
    </message>
    <message>
        <source>&amp;Resume the setup for %1 from %2</source>
        <translation>&amp;Reprendre la configuration pour %1 du %2</translation>
    </message>
    <message>
        <source>Resume the setup for %1 from %2</source>
        <translation>Reprendre la configuration pour %1 du %2</translation>
    </message>
</context>
</TS>
