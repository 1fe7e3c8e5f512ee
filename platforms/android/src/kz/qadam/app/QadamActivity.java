// R17: FLAG_SECURE on every screen of the app (case data is on most of them): no screenshots,
// no screen recording, a blank thumbnail in the recent-apps switcher.
package kz.qadam.app;

import android.os.Bundle;
import android.view.WindowManager;

import org.qtproject.qt.android.bindings.QtActivity;

public class QadamActivity extends QtActivity
{
    @Override
    public void onCreate(Bundle savedInstanceState)
    {
        super.onCreate(savedInstanceState);
        getWindow().setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE);
    }
}
