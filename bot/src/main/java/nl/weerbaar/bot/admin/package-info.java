/** Administration: the admin API and page, catalogue versions, reindex and upload, and the anonymous insight. */
package nl.weerbaar.bot.admin;
