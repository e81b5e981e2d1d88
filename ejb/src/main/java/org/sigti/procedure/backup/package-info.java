/** S04.03.02.02, the restore requests, and its semiannual Informe de copia de restauración. */
package org.sigti.procedure.backup;
