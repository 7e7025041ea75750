/**
 * Sign-in with the school's own accounts (issue 17): OpenID Connect through Spring Security's OAuth2
 * login (Microsoft Entra ID, Google Workspace or any OIDC provider), only when at least one {@code
 * spring.security.oauth2.client.registration.*} is configured ({@link AanmeldingAan}). An account
 * of the allowed tenant or domain ({@link AanmeldingProperties}) maps to a person of the directory
 * by Entra object id or e-mail ({@link Aanmeldingen}); the roles come from the directory. Sessions
 * are Spring Session JDBC rows in the application's database (V70). The web inbox, the web chat and
 * the admin page ask {@link Aanmeldingen} who is signed in; the pages of the sign-in itself are
 * {@link AanmeldPagina}'s.
 */
package nl.weerbaar.bot.aanmelding;
