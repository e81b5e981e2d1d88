/**
 * S04.04.00.01 Administración de plataformas de seguridad informática (MINDEF): the procedure
 * ({@link org.sigti.procedure.secplatform.S04040001}), its monthly backup case opened by SIGTI's calendar
 * ({@link org.sigti.procedure.secplatform.S04040001M}, through {@link org.sigti.procedure.secplatform.PlatformBackupCases}),
 * and the informes and oficio its steps issue ({@link org.sigti.procedure.secplatform.PlatformReports}). The register
 * of platforms is the module {@code org.sigti.secplatform}; the contractor's visit is written in S04.03.01.03's
 * visitor log ({@code org.sigti.maintenance.DataCenterVisits}).
 */
package org.sigti.procedure.secplatform;
